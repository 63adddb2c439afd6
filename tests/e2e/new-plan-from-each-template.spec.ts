import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { test, expect } from './fixtures/harness'
import { HomePage, createPlanThroughWizard, editorBody } from './fixtures/pages'

type Section = { heading: string; prompt: string; level?: number }
type TemplateFile = { id: string; title: string; sections: Section[] }

// The templates are data: read them as shipped, so a new template is tested without a new test.
const dir = join('resources', 'templates')
const templates: TemplateFile[] = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as TemplateFile)

type Node = { type: string; attrs?: Record<string, unknown>; content?: Node[]; text?: string }
const textOf = (n: Node): string => n.text ?? (n.content ?? []).map(textOf).join('')

for (const template of templates) {
  test(`a new plan from "${template.title}" opens with its sections, in order, each with its prompt`, async ({
    app,
  }) => {
    const cluster = template.id.includes('klynge')
    await createPlanThroughWizard(app.page, {
      council: cluster ? 'Klyngen ved Ådalen' : 'Bøvl Lokalråd',
      kind: cluster ? 'cluster' : 'council',
      villages: cluster ? ['Ådalen', 'Nørre Bøvl', 'Østerby'] : ['Bøvl'],
      municipality: 'Billund Kommune',
      template: template.title,
    })
    const body = editorBody(app.page)
    const headings = body.locator('h1, h2, h3')
    await expect(headings).toHaveText(template.sections.map((s) => s.heading))
    // The prompt stands where the text goes, as placeholder text, not as content.
    const first = template.sections[0]
    const prompt = body.locator(`p[data-placeholder]`).first()
    await expect(prompt).toHaveAttribute('data-placeholder', first.prompt)

    await prompt.click()
    await app.page.keyboard.type('Vores egen tekst.')
    await expect(body.locator('p[data-placeholder]').first()).not.toHaveAttribute(
      'data-placeholder',
      first.prompt,
    )
    await app.page.getByRole('button', { name: 'Tilbage til mine planer' }).click()
    await new HomePage(app).isShown()

    const saved = await app.savedPlan()
    const blocks = (saved.doc.content ?? []) as Node[]
    expect(blocks.filter((b) => b.type === 'heading').map(textOf)).toEqual(
      template.sections.map((s) => s.heading),
    )
    // The typed text went under the first heading, and no prompt was saved as text.
    expect(textOf(blocks[1])).toBe('Vores egen tekst.')
    expect(JSON.stringify(saved.doc)).not.toContain(`"text":"${first.prompt}"`)
    expect(saved.meta).toMatchObject({
      templateId: template.id,
      kind: cluster ? 'cluster' : 'council',
      municipality: 'Billund Kommune',
      villages: cluster ? ['Ådalen', 'Nørre Bøvl', 'Østerby'] : ['Bøvl'],
    })
  })
}

test('a blank plan opens with one empty paragraph inviting the first words', async ({ app }) => {
  await createPlanThroughWizard(app.page, { council: 'Bøvl Lokalråd', template: 'Tom plan' })
  const body = editorBody(app.page)
  await expect(body.locator('h1, h2, h3')).toHaveCount(0)
  await body.click()
  await app.page.keyboard.type('Første ord')
  await app.page.getByRole('button', { name: 'Tilbage til mine planer' }).click()
  await new HomePage(app).isShown()
  expect(JSON.stringify((await app.savedPlan()).doc)).toContain('Første ord')
})
