/**
 * The site's PeerVoice settings, one section per capability. A capability registers its section with
 * registerSettingsSection({id, order, title(t), render(context)}); render gets
 * {api, kit, siteId, t, settings, onSaved(id, value)} and returns the section's form, which loads and saves through
 * its own API. The suggestion box shows the panel as its "Settings" tab to administrators (CONFIGURE);
 * <pv-site-settings> places the same panel on any page.
 *
 * Attributes of <pv-site-settings>: site-id, api-base, ui-base, csrf-token, locale (as <pv-suggestion-box>).
 * Hooks for browser tests: section[data-settings-section=<id>].
 */

import {adoptBaseStyles, element, replaceChildren, uniqueId} from './pv-dom.js';
import {loadTranslator} from './pv-i18n.js';
import {createKit} from './pv-kit.js';
import {readMount} from './pv-mount.js';

const sections = [];

export function registerSettingsSection(section) {
	if (!sections.some((known) => known.id === section.id)) {
		sections.push(section);
		sections.sort((a, b) => (a.order || 0) - (b.order || 0));
	}
}

export function renderSiteSettings(context) {
	const t = context.t;

	return element('div', {class: 'pv-site-settings', 'data-site-settings': ''},
		element('p', {class: 'text-secondary'}, t('site-settings-intro')),
		sections.map((section) => {
			const headingId = uniqueId('pv-settings');

			return element('section', {
				'aria-labelledby': headingId,
				class: 'sheet pv-settings-section',
				'data-settings-section': section.id,
			},
			element('h4', {class: 'sheet-title', id: headingId}, section.title(t)),
			section.render(context));
		}));
}

class SiteSettings extends HTMLElement {
	async connectedCallback() {
		if (this.started) {
			return;
		}

		this.started = true;
		adoptBaseStyles(this);

		const {api, language, locale, siteId, uiBase} = readMount(this, import.meta.url);
		const t = await loadTranslator(uiBase, locale);
		const kit = createKit(t);
		const alert = kit.alertRegion();
		const body = element('div', null, kit.loading());

		replaceChildren(this, element('div', {class: 'pv-frame', lang: language}, alert, body));

		try {
			const me = await api.get('/me', {siteId});

			if (!me || !me.signedIn || !(me.permissions || []).includes('CONFIGURE')) {
				replaceChildren(body, element('div', {class: 'alert alert-info'}, t('only-administrators-change-these-settings')));

				return;
			}

			replaceChildren(body, renderSiteSettings({api, kit, onSaved: () => {}, siteId, t}));
		}
		catch (error) {
			replaceChildren(body);
			kit.showProblem(alert, error);
		}
	}
}

if (!customElements.get('pv-site-settings')) {
	customElements.define('pv-site-settings', SiteSettings);
}
