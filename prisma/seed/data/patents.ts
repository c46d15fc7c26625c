// All patents listed for commercialisation in the demo market.
import type { SeedPatent } from '../types.ts'
import { patents1 } from './patents-1.ts'
import { patents2 } from './patents-2.ts'

export const patents: SeedPatent[] = [...patents1, ...patents2]
