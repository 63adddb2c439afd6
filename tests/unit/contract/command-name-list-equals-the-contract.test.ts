import { describe, expect, it } from 'vitest'
import { commandNames } from '../../../src/shared/api'
import { COMMAND_NAMES } from '../../../src/shared/commandNames'

describe("the preload's zod-free command list", () => {
  it('holds exactly the contract commands, each once', () => {
    expect([...COMMAND_NAMES].sort()).toEqual([...commandNames].sort())
    expect(new Set(COMMAND_NAMES).size).toBe(COMMAND_NAMES.length)
  })
})
