// All technology offers of the demo market, split by sector for readability.
import type { SeedTechnologyOffer } from '../types.ts'
import { technologyOffers1 } from './technology-offers-1.ts'
import { technologyOffers2 } from './technology-offers-2.ts'
import { technologyOffers3 } from './technology-offers-3.ts'
import { technologyOffers4 } from './technology-offers-4.ts'

export const technologyOffers: SeedTechnologyOffer[] = [
	...technologyOffers1,
	...technologyOffers2,
	...technologyOffers3,
	...technologyOffers4,
]
