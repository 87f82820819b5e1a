/**
 * The stylesheets of the public forms. Imported by the Astro components that render the PublicForm
 * island, not by the island itself: CSS imported from client code becomes a second site-wide
 * stylesheet (with `cssCodeSplit: false`), one more render-blocking request on every page.
 */
import '@utrecht/textarea-css/dist/index.css'
import '@utrecht/select-css/dist/index.css'
import '@utrecht/checkbox-css/dist/index.css'
import '@utrecht/form-field-description-css/dist/index.css'
import '@utrecht/form-field-error-message-css/dist/index.css'
import './forms.css'
