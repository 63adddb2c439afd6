import { describe, expect, it } from 'vitest'
import type { SurveyQuestion } from '../../../src/shared/model/datapakke'
import { readFixture } from './support'

// The survey fixtures are hand-made in each tool's documented export shape (one row per respondent,
// one column per question, the tool's own columns first); forms.xlsx was written by LibreOffice
// from source/forms.csv. They are not real exports.
const closed = (q: SurveyQuestion | undefined) => {
  if (q?.kind !== 'closed') throw new Error(`not closed: ${q?.question}`)
  return q
}
const open = (q: SurveyQuestion | undefined) => {
  if (q?.kind !== 'open') throw new Error(`not open: ${q?.question}`)
  return q
}

describe('survey exports', () => {
  it('Microsoft Forms (.xlsx): meta columns left out, multi-select "a;b;" counted per choice, free text as quotes', async () => {
    const read = await readFixture('forms.xlsx')
    expect(read.tables).toEqual([])
    const survey = read.surveys[0]
    expect(survey.tool).toBe('microsoft-forms')
    expect(survey.respondents).toBe(8)
    expect(survey.questions.map((q) => q.question)).toEqual([
      'Hvor bor du?',
      'Hvad bruger du forsamlingshuset til?',
      'Hvad skal landsbyen have mere af?',
    ])
    const where = closed(survey.questions[0])
    expect(where.table.rows).toEqual([
      { label: 'I byen', values: [6, 75] },
      { label: 'Uden for byen', values: [2, 25] },
    ])
    expect(where.flagged).toEqual([{ row: 1, column: 0, value: 2 }])
    const use = closed(survey.questions[1])
    expect(use.multiple).toBe(true)
    expect(use.table.rows).toEqual([
      { label: 'Fest', values: [5, 62.5] },
      { label: 'Møder', values: [4, 50] },
      { label: 'Gymnastik', values: [3, 37.5] },
    ])
    const wishes = open(survey.questions[2])
    expect(wishes.answers).toContain('Flere stier, så børnene kan cykle sikkert til skole')
    expect(wishes.respondents).toBe(7)
  })

  it('Google Forms (.csv): Tidsstempel left out, "a, b" choices split', async () => {
    const survey = (await readFixture('google.csv')).surveys[0]
    expect(survey.tool).toBe('google-forms')
    expect(closed(survey.questions[0]).table.rows.map((r) => [r.label, r.values[0]])).toEqual([
      ['Over 20 år', 3],
      ['5-20 år', 2],
      ['Under 5 år', 1],
    ])
    const important = closed(survey.questions[1])
    expect(important.multiple).toBe(true)
    expect(important.table.rows.map((r) => [r.label, r.values[0]])).toEqual([
      ['Naturen', 4],
      ['Fællesskabet', 3],
      ['Skolen', 3],
    ])
    expect(open(survey.questions[2]).answers).toContain('Flere bænke langs åen, gerne med udsigt')
  })

  it('SurveyXact (Windows-1252 ";" .csv): a 1-5 scale in its own order, an answer over two lines kept whole', async () => {
    const survey = (await readFixture('surveyxact.csv')).surveys[0]
    expect(survey.tool).toBe('surveyxact')
    expect(survey.respondents).toBe(6)
    const scale = closed(survey.questions[0])
    expect(scale.table.rows.map((r) => r.label)).toEqual(['2', '3', '4', '5'])
    expect(open(survey.questions[1]).answers).toContain('Mere liv i byen,\r\nfx et marked om lørdagen')
  })

  it('Enalyzer (.csv): background questions closed, the wish open', async () => {
    const survey = (await readFixture('enalyzer.csv')).surveys[0]
    expect(survey.tool).toBe('enalyzer')
    expect(survey.questions.map((q) => [q.question, q.kind])).toEqual([
      ['Køn', 'closed'],
      ['Alder', 'closed'],
      ['Hvad savner du i lokalområdet?', 'open'],
    ])
    expect(closed(survey.questions[0]).table.source).toBe('Kilde: enalyzer.csv, 6 besvarelser')
  })
})
