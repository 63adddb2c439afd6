import type { DocJSON } from '../../../src/shared/model/plan'
import type { FundApplication } from '../../../src/shared/document/initiative/application'

/** A plan with one initiative under a heading, with an application to Billund's pulje on it. */
export function planWithApplication(app: Partial<FundApplication> = {}): DocJSON {
  const application: FundApplication = {
    id: 'app1',
    fundId: 'billund-landdistriktspuljen',
    fundName: 'Landdistriktspuljen (Billund Kommune)',
    fundVersion: '2026-12',
    deadline: '2027-02-15',
    soughtKr: 60000,
    sections: [
      {
        id: 'beskrivelse',
        title: 'Projektbeskrivelse',
        text: 'En multibane ved hallen.\n\nBygget af frivillige.',
      },
      { id: 'udviklingsplan', title: 'Sammenhæng med udviklingsplanen og landdistriktspolitikken', text: '' },
    ],
    attachments: [
      { id: 'budget', title: 'Budget', ready: true },
      { id: 'tilbud', title: 'Tilbud på projektets leverancer', ready: false },
    ],
    status: 'draft',
    grantedKr: null,
    ...app,
  }
  return {
    type: 'doc',
    content: [
      { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Fritid og fællesskab' }] },
      {
        type: 'initiative',
        attrs: {
          id: 'multibane',
          title: 'Multibane i Hejnsvig',
          status: 'planned',
          lead: 'Anna Holm',
          group: 'Idrætsforeningen',
          start: '2027-03',
          end: '2027-09',
          budget: 100000,
          ownFundingKr: 15000,
          volunteerHours: 120,
          fundingSources: [],
          focusAreas: [],
          applications: [application],
        },
        content: [{ type: 'paragraph', content: [{ type: 'text', text: 'En multibane ved hallen.' }] }],
      },
    ],
  }
}
