/**
 * What every PeerVoice element reads from its mount point, read here once: where its texts are (`ui-base`, by default
 * the folder of the element's own module), the site, the locale and the API with its CSRF token. The server writes
 * the same attributes (ElementMount in portlets/portlet-kit, the dev portal's pages).
 */

import {PeerVoiceApi} from './pv-api.js';
import {supportedLanguage} from './pv-i18n.js';

export function readMount(host, moduleUrl) {
	const locale = host.getAttribute('locale') || document.documentElement.lang || 'en';

	const language = supportedLanguage(locale);

	return {
		api: new PeerVoiceApi(host.getAttribute('api-base'), host.getAttribute('csrf-token'), language),
		language,
		locale,
		siteId: host.getAttribute('site-id') || '',
		uiBase: (host.getAttribute('ui-base') || new URL('.', moduleUrl).pathname).replace(/\/$/, ''),
	};
}
