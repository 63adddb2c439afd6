import { describe, expect, it } from 'vitest'
import { AppError } from '../../../src/shared/model/errors'
import {
  MAX_CATALOGUE_BYTES,
  parseCatalogueFile,
  type CatalogueProblem,
} from '../../../src/shared/model/catalogueValidation'
import { ownCatalogue } from './helpers'

function problemsOf(text: string): CatalogueProblem[] {
  try {
    parseCatalogueFile(text)
  } catch (err) {
    expect(err).toBeInstanceOf(AppError)
    expect((err as AppError).code).toBe('invalid-catalogue')
    return (err as AppError).details as CatalogueProblem[]
  }
  throw new Error('the file was accepted')
}

const withAreas = (focusAreas: unknown[]) => JSON.stringify({ ...ownCatalogue(), focusAreas })

describe('parseCatalogueFile', () => {
  it('accepts a good file, also one saved with a BOM by Notepad', () => {
    expect(parseCatalogueFile(JSON.stringify(ownCatalogue())).focusAreas).toHaveLength(2)
    expect(parseCatalogueFile('\uFEFF' + JSON.stringify(ownCatalogue())).id).toBe('billund-2015')
  })

  it('says a file is not JSON', () => {
    expect(problemsOf('{"id": "x",')).toEqual([{ path: '', problem: 'not-json' }])
    expect(problemsOf('')).toEqual([{ path: '', problem: 'not-json' }])
  })

  it('says a plan file, a list or a number is not a catalogue', () => {
    const planFile = JSON.stringify({ schemaVersion: 1, id: 'p', rev: 0, meta: {}, doc: { type: 'doc' } })
    for (const text of [planFile, '[]', '42', 'null']) {
      expect(problemsOf(text)).toEqual([{ path: '', problem: 'not-a-catalogue' }])
    }
  })

  it('refuses a file over the size cap before reading it as JSON', () => {
    const big = JSON.stringify({ ...ownCatalogue(), source: 'x'.repeat(MAX_CATALOGUE_BYTES) })
    expect(problemsOf(big)).toEqual([{ path: '', problem: 'too-large' }])
  })

  it('points at duplicate focus-area ids', () => {
    const a = ownCatalogue().focusAreas[0]
    expect(problemsOf(withAreas([a, { ...a, title: 'Igen' }]))).toEqual([
      { path: 'focusAreas[1].id', problem: 'duplicate-id' },
    ])
  })

  it('points at missing titles, bad colours and missing fields, all at once', () => {
    const problems = problemsOf(
      JSON.stringify({
        id: 'x',
        title: '  ',
        version: '1',
        focusAreas: [
          { id: 'a', title: 'A', colour: 'red' },
          { id: 'b' },
          { id: 'c', title: 'C', number: 1.5 },
        ],
      }),
    )
    expect(problems).toEqual(
      expect.arrayContaining([
        { path: 'municipality', problem: 'missing-field' },
        { path: 'title', problem: 'missing-title' },
        { path: 'focusAreas[0].colour', problem: 'bad-colour' },
        { path: 'focusAreas[1].title', problem: 'missing-title' },
        { path: 'focusAreas[2].number', problem: 'bad-number' },
      ]),
    )
    expect(problems).toHaveLength(5)
  })

  it('refuses ids that could not be a file name and values of the wrong type', () => {
    expect(problemsOf(JSON.stringify({ ...ownCatalogue(), id: '../../evil' }))).toEqual([
      { path: 'id', problem: 'bad-id' },
    ])
    expect(problemsOf(JSON.stringify({ ...ownCatalogue(), version: 3 }))).toEqual([
      { path: 'version', problem: 'wrong-type' },
    ])
  })

  it('refuses a catalogue without focus areas', () => {
    expect(problemsOf(withAreas([]))).toEqual([{ path: 'focusAreas', problem: 'no-focus-areas' }])
  })
})
