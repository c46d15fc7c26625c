// All technology requests of the demo market.
import type { SeedTechnologyRequest } from '../types.ts'
import { technologyRequests1 } from './technology-requests-1.ts'
import { technologyRequests2 } from './technology-requests-2.ts'

export const technologyRequests: SeedTechnologyRequest[] = [...technologyRequests1, ...technologyRequests2]
