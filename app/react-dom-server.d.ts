// React's Web Streams renderer, typed as react-dom/server types it.
declare module 'react-dom/server.browser' {
	export { renderToReadableStream } from 'react-dom/server'
}
