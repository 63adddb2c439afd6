import { KeyFigureTable } from '../../model/keyFigures'

/** The attributes of a Nøgletal block are exactly its table (shared/model/keyFigures.ts): the
 * title, source line, headings, unit, rows and chart kind, checked by the same schema the file
 * readers produce, so a block a reader made is one a save accepts, and a forged file is refused. */
export const KeyFiguresAttrsSchema = KeyFigureTable
