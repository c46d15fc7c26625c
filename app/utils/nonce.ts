import { createContext, useContext } from 'react'

// The per-request CSP nonce, made by the server entry and given to every inline script.
export const NonceContext = createContext<string>('')
export const NonceProvider = NonceContext.Provider
export const useNonce = () => useContext(NonceContext)
