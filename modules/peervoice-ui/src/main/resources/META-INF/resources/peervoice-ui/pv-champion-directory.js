/**
 * <pv-champion-directory>: the peer champion directory. Rendered into the light DOM so that the portal's Clay theme
 * styles it; talks to the champion operations of the REST API (openapi.yaml, tag champions). Headings start at h3.
 *
 * Attributes: site-id, api-base, ui-base, csrf-token, locale (as <pv-suggestion-box>), tab (optional first tab).
 *
 * Hooks for browser tests:
 *   tabs        button[role=tab][data-tab=directory|worksheet|mine|review], panel [role=tabpanel]
 *   search      form[data-form=champion-search]: input[name=q], select[name=category|program|language|expertise],
 *               button[data-action=search]; A-Z nav[data-letters] button[data-letter=<letter>]
 *   listing     article[data-listing-id=<id>] with h4[data-name], [data-field=email|phone|location|officeHours]
 *   mine        form[data-form=listing]: inputs named as the API's fields, select[name=<field>Audience] (displayName,
 *               title and email readonly with [data-from-profile] when the site keeps the profile's: champion settings);
 *               button[data-action=save-listing|submit-listing|confirm-listing|delete-listing]; [data-listing-status]
 *   review      article[data-listing-id] button[data-action=approve|request-changes|decline], textarea[name=message]
 *   invitation  tab invitation: article[data-nomination-id] button[data-action=accept-nomination|decline-nomination],
 *               then button[data-action=confirm-decline-nomination|cancel-decline-nomination]
 *   nominations tab nominations (APPROVE_LISTINGS): form[data-form=nomination] [data-nominee] pv-people-picker (its own
 *               hooks, pv-people-picker.js) select[name=category]
 *               textarea[name=message] button[data-action=nominate]; li[data-nomination-id] button[data-action=
 *               withdraw-nomination]; the vocabulary of pv-champion-vocabulary.js
 *   mine        [data-pending-expertise] lists the caller's tags waiting for leadership
 *   pagination  nav[data-pagination] button[data-page=<n>]
 */

import {ApiProblem, encodeId} from './pv-api.js';
import {adoptBaseStyles, element, ensureStylesheet, isolated, isolatedText, replaceChildren, sentence, uniqueId} from './pv-dom.js';
import {loadTranslator} from './pv-i18n.js';
import {createKit} from './pv-kit.js';
import {readFragment, rememberInLocation} from './pv-location.js';
import {readMount} from './pv-mount.js';
import {renderVocabulary} from './pv-champion-vocabulary.js';
import './pv-people-picker.js';

// The limits of openapi.yaml (ChampionListingRequest); ContractLimitsTest keeps them equal.
export const CHAMPION_LIMITS = {
	CHAMPION_NAME_MAX: 100,
	CHAMPION_TITLE_MAX: 120,
	CHAMPION_ROLE_MAX: 500,
	CHAMPION_EMAIL_MAX: 254,
	CHAMPION_PHONE_MAX: 40,
	CHAMPION_EXTENSION_MAX: 10,
	CHAMPION_LOCATION_MAX: 150,
	CHAMPION_HOURS_MAX: 200,
	CHAMPION_PRONOUNS_MAX: 40,
	CHAMPION_SEARCH_MAX: 100,
	CHAMPION_REVIEW_MESSAGE_MAX: 1000,
	// champion workflow
	CHAMPION_NOMINATION_MESSAGE_MAX: 1000,
	CHAMPION_TAG_MAX: 40,
};

export const CATEGORIES = ['LEADERSHIP', 'PEER', 'PROGRAM_MANAGER', 'STAFF', 'SUPERVISOR', 'HUMAN_RESOURCES', 'FINANCE',
	'CLINICAL_MEDICAL'];
export const AUDIENCES = ['EVERYONE', 'CHAMPIONS_AND_LEADERSHIP', 'NOBODY'];
const CONTACT_FIELDS = ['email', 'phone', 'location', 'officeHours'];
const LOCATION_PREFIX = 'pvc-';
const FILTERS = ['q', 'category', 'program', 'language', 'expertise', 'letter'];

/** The directory's view state from the URL fragment: only known filters, within their limits, and a sane page. */
export function directoryState(fragment) {
	const state = {};

	for (const name of FILTERS) {
		const value = fragment[name];

		if (typeof value === 'string' && value.length <= CHAMPION_LIMITS.CHAMPION_SEARCH_MAX) {
			state[name] = value;
		}
	}

	if (state.category && !CATEGORIES.includes(state.category)) {
		delete state.category;
	}

	if (state.letter && [...state.letter].length !== 1) {
		delete state.letter;
	}

	const page = Number(fragment.page);

	state.page = Number.isInteger(page) && page >= 1 && page <= 10000 ? page : 1;

	return state;
}

/** A comma-separated list as typed, as the API's list: trimmed, without blanks. */
export function splitList(text) {
	return String(text || '').split(',').map((item) => item.trim()).filter(Boolean);
}

/** The request body of PUT /champions/mine from the listing form's values. */
export function listingRequest(values) {
	const body = {
		category: values.category || null,
		displayName: values.displayName || '',
		expertise: splitList(values.expertise),
		languages: splitList(values.languages),
		livedExperience: Boolean(values.livedExperience),
		preferredContact: values.preferredContact || null,
		programs: splitList(values.programs),
		role: values.role || '',
		title: values.title || '',
	};

	for (const field of ['email', 'phone', 'phoneExtension', 'location', 'officeHours', 'pronouns']) {
		body[field] = values[field] || null;
	}

	for (const field of CONTACT_FIELDS) {
		body[`${field}Audience`] = AUDIENCES.includes(values[`${field}Audience`]) ? values[`${field}Audience`] : 'NOBODY';
	}

	return body;
}

/** The listing fields the portal profile gives, which a site may keep as the profile has them (ProfileFields in core). */
export const PROFILE_FIELDS = ['displayName', 'title', 'email'];

/**
 * Whether the owner's form shows the profile's fields read-only: only when the site's champion settings say so (a
 * settings response without the property, or none at all, leaves them editable; the server decides either way).
 */
export function profileFieldsLocked(settings) {
	return Boolean(settings) && settings.profileFieldsEditable === false;
}

/**
 * The form's values with the profile's name, title and e-mail (the prefill's), as the server stores them when the site
 * keeps them: what the owner sees is what saving writes. A profile without an e-mail leaves the field empty.
 */
export function withProfileFields(source, profile) {
	const values = Object.assign({}, source);

	if (profile) {
		for (const field of PROFILE_FIELDS) {
			values[field] = profile[field] || '';
		}
	}

	return values;
}

/** pv-champion-directory.css (the worksheet's print stylesheet), once per page. */
function ensurePrintStylesheet(uiBase) {
	ensureStylesheet(`${uiBase}/pv-champion-directory.css`, {'data-pv-stylesheet': 'champion-directory'});
}

/** Prints only the worksheet (the print stylesheet hides the rest of the page while the attribute is set). */
export function printWorksheet() {
	document.documentElement.setAttribute('data-pv-printing-worksheet', '');
	try {
		window.print();
	}
	finally {
		document.documentElement.removeAttribute('data-pv-printing-worksheet');
	}
}

/** A picture the listing may show: only a path on the portal itself, never another site's address or a script URL. */
export function portraitPath(url) {
	return typeof url === 'string' && /^\/(?![/\\])/.test(url) && !/[\s"'<>\\]/.test(url);
}

/**
 * A listing field's label in the viewer's language; the four "who sees this" choices name their field (each select's
 * accessible name, and the field an error is shown under), else a screen reader heard four alike and an error read "emailAudience".
 */
export function championFieldLabel(t, field) {
	const labels = {
		category: 'champion-category', displayName: 'champion-display-name', email: 'champion-email',
		expertise: 'champion-expertise', languages: 'champion-languages', location: 'champion-location',
		message: 'champion-review-message', nomineeKey: 'champion-nominee', officeHours: 'champion-office-hours', phone: 'champion-phone',
		phoneExtension: 'champion-phone-extension', preferredContact: 'champion-preferred-contact',
		programs: 'champion-programs', pronouns: 'champion-pronouns', role: 'champion-role', title: 'champion-title',
	};
	const audienceOf = /^(email|phone|location|officeHours)Audience$/.exec(field);

	if (audienceOf) {
		return t('champion-who-sees-x', t(labels[audienceOf[1]]));
	}

	return labels[field] ? t(labels[field]) : field;
}

export function keyOf(value) {
	return String(value).toLowerCase().replace(/_/g, '-');
}


class ChampionDirectory extends HTMLElement {
	connectedCallback() {
		if (this.started) {
			return;
		}

		this.started = true;
		adoptBaseStyles(this);
		this.start();
	}

	async start() {
		Object.assign(this, readMount(this, import.meta.url));
		ensurePrintStylesheet(this.uiBase);
		this.t = await loadTranslator(this.uiBase, this.locale);
		this.kit = createKit(this.t, {
			codeMessages: {
				'invalid-email': () => this.t('champion-error-invalid-email'),
				'invalid-extension': () => this.t('champion-error-invalid-extension'),
				'invalid-phone': () => this.t('champion-error-invalid-phone'),
				'preferred-contact-missing': () => this.t('champion-error-preferred-contact-missing'),
			},
			fieldName: (field) => this.fieldLabel(field.replace(/\[\d+\]$/, '')),
			limits: {
				displayName: CHAMPION_LIMITS.CHAMPION_NAME_MAX,
				message: CHAMPION_LIMITS.CHAMPION_REVIEW_MESSAGE_MAX,
				role: CHAMPION_LIMITS.CHAMPION_ROLE_MAX,
				title: CHAMPION_LIMITS.CHAMPION_TITLE_MAX,
			},
		});
		this.alert = this.kit.alertRegion();
		this.panel = element('div', {role: 'tabpanel', tabindex: '-1'});
		this.tabList = element('div', {'aria-label': this.t('champion-directory'), class: 'nav nav-underline', role: 'tablist'});
		replaceChildren(this, element('div', {class: 'pv-frame pv-champion-directory', lang: this.language},
			this.tabList, this.alert, this.panel));

		try {
			this.me = await this.api.get('/me', {siteId: this.siteId});
		}
		catch (error) {
			this.kit.showProblem(this.alert, error);

			return;
		}

		const permissions = (this.me && this.me.permissions) || [];

		if (!this.me || !this.me.signedIn || !permissions.includes('VIEW')) {
			replaceChildren(this.panel, element('div', {class: 'alert alert-info'}, this.t('sign-in-to-see-the-champion-directory')));

			return;
		}

		this.tabs = ['directory', 'worksheet'];
		await this.loadWorkflowTabs(permissions);

		if (permissions.includes('APPROVE_LISTINGS')) {
			this.tabs.push('review');
			this.tabs.push('nominations');
		}

		this.renderTabs();
		window.addEventListener('hashchange', () => this.followLocation());
		this.followLocation();
	}

	/**
	 * The tabs of the workflow a caller may have without the champion role: an invitation waiting for them, and their
	 * own listing (a nominee who accepted, or a former champion, who may still read and delete it).
	 */
	async loadWorkflowTabs(permissions) {
		const site = `/sites/${encodeId(this.siteId)}`;

		try {
			this.invitations = (await this.api.get(`${site}/champion-nominations/mine`)).items;
		}
		catch (error) {
			this.invitations = [];
		}

		if (this.invitations.length) {
			this.tabs.push('invitation');
		}

		let ownsListing = permissions.includes('MANAGE_OWN_LISTING');

		if (!ownsListing) {
			try {
				await this.api.get(`${site}/champions/mine`);
				ownsListing = true;
			}
			catch (error) {
				ownsListing = false;
			}
		}

		if (ownsListing) {
			this.tabs.push('mine');
		}
	}

	fieldLabel(field) {
		return championFieldLabel(this.t, field);
	}

	renderTabs() {
		this.tabButtons = this.tabs.map((tab) => element('button', {
			'aria-selected': 'false',
			class: 'nav-link btn btn-unstyled',
			'data-tab': tab,
			id: uniqueId('pv-champion-tab'),
			on: {
				click: () => this.show(tab, {}, true),
				keydown: (event) => this.moveBetweenTabs(event, tab),
			},
			role: 'tab',
			tabindex: '-1',
			type: 'button',
		}, this.t(`champion-tab-${tab}`)));
		replaceChildren(this.tabList, this.tabButtons);
	}

	moveBetweenTabs(event, tab) {
		const index = this.tabs.indexOf(tab);
		const moves = {ArrowLeft: index - 1, ArrowRight: index + 1, End: this.tabs.length - 1, Home: 0};

		if (event.key in moves) {
			event.preventDefault();

			const next = this.tabs[(moves[event.key] + this.tabs.length) % this.tabs.length];

			this.show(next, {}, true);
			this.tabButtons[this.tabs.indexOf(next)].focus();
		}
	}

	followLocation() {
		const wanted = readFragment(window.location.hash, LOCATION_PREFIX);
		const tab = this.tabs.includes(wanted.tab) ? wanted.tab : this.tabs.includes(this.getAttribute('tab'))
			? this.getAttribute('tab') : 'directory';

		this.show(tab, directoryState(wanted), false);
	}

	show(tab, state, remember) {
		this.activeTab = tab;
		this.state = state;

		for (const button of this.tabButtons) {
			const selected = button.dataset.tab === tab;

			button.setAttribute('aria-selected', String(selected));
			button.classList.toggle('active', selected);
			button.tabIndex = selected ? 0 : -1;

			if (selected) {
				this.panel.setAttribute('aria-labelledby', button.id);
			}
		}

		if (remember) {
			this.remember();
		}

		this.kit.clearAlert(this.alert);

		const renderers = {
			directory: () => this.renderDirectory(),
			invitation: () => this.renderInvitation(),
			mine: () => this.renderMine(),
			nominations: () => this.renderNominations(),
			review: () => this.renderReview(),
			worksheet: () => this.renderWorksheet(),
		};

		renderers[tab]();
	}

	remember() {
		rememberInLocation(LOCATION_PREFIX, Object.assign({}, this.state, {
			page: this.state.page > 1 ? this.state.page : null,
			tab: this.activeTab === 'directory' ? null : this.activeTab,
		}), false);
	}

	/**
	 * The answer of a tab's request, or null when it failed (shown) or when another tab was chosen meanwhile: a slower
	 * answer of a tab left behind (arrow keys pass through tabs) never replaces the panel of the tab now shown.
	 */
	async load(work) {
		const tab = this.activeTab;

		replaceChildren(this.panel, this.kit.loading());

		try {
			const answer = await work();

			return this.activeTab === tab ? answer : null;
		}
		catch (error) {
			if (this.activeTab === tab) {
				replaceChildren(this.panel);
				this.kit.showProblem(this.alert, error);
			}

			return null;
		}
	}

	// ---- directory: search, facets, A-Z

	async renderDirectory() {
		const t = this.t;
		const query = Object.assign({locale: this.language, page: this.state.page || 1}, this.state);
		const page = await this.load(() => this.api.get(`/sites/${encodeId(this.siteId)}/champions`, query));

		if (!page) {
			return;
		}

		const search = this.kit.textField({label: t('champion-search'), max: CHAMPION_LIMITS.CHAMPION_SEARCH_MAX, name: 'q',
			type: 'search', value: this.state.q});
		const facet = (name, label, counts, translate) => this.kit.selectField(name, label,
			[['', t('champion-any')]].concat(counts.map((count) => [count.value,
				`${translate ? translate(count.value) : count.value} (${count.count})`])), this.state[name]);
		const selects = [
			facet('category', t('champion-category'), page.categories, (value) => t(`champion-category-${keyOf(value)}`)),
			facet('program', t('champion-programs'), page.programs),
			facet('language', t('champion-languages'), page.languages),
			facet('expertise', t('champion-expertise'), page.expertise),
		];
		const form = element('form', {
			class: 'pv-champion-search',
			'data-form': 'champion-search',
			on: {submit: (event) => {
				event.preventDefault();

				const next = {letter: this.state.letter, page: 1, q: search.control.value.trim() || null};

				for (const select of selects) {
					next[select.control.name] = select.control.value || null;
				}

				this.show('directory', next, true);
			}},
			role: 'search',
		}, search.group, selects.map((select) => select.group),
		element('div', {class: 'pv-button-row'},
			element('button', {class: 'btn btn-primary', 'data-action': 'search', type: 'submit'}, t('champion-search-button'))));
		const letters = element('nav', {'aria-label': t('champion-a-to-z'), class: 'pv-letters', 'data-letters': ''},
			page.letters.map((letter) => this.kit.button(`${letter.value} (${letter.count})`, {
				'aria-pressed': String(letter.value === this.state.letter),
				class: 'btn btn-secondary btn-sm',
				'data-letter': letter.value,
				on: {click: () => this.show('directory', Object.assign({}, this.state, {
					letter: letter.value === this.state.letter ? null : letter.value, page: 1}), true)},
			})));
		const filtered = FILTERS.some((name) => this.state[name]);
		// one listing's vCard: for champions and leadership, as the copies (the API refuses it to others)
		const mayExport = this.tabs.includes('mine') || this.tabs.includes('review');
		const copies = `${this.api.apiBase}/sites/${encodeId(this.siteId)}/champions`;
		const vcard = (item) => (mayExport ? element('div', {class: 'pv-button-row'}, element('a', {
			'aria-label': t('champion-download-vcard-of-x', isolatedText(item.displayName)),
			class: 'btn btn-secondary btn-sm',
			'data-action': 'download-vcard',
			download: 'champion.vcf',
			href: `${copies}/${encodeId(item.id)}/vcard.vcf?locale=${this.language}`,
		}, t('champion-download-vcard'))) : null);
		const results = page.items.length ? element('div', {class: 'pv-champion-list'}, page.items.map((item) => this.card(item, vcard(item))))
			: this.kit.emptyState(filtered ? t('champion-no-match') : t('champion-directory-empty'), filtered ? {
				id: 'clear-filters', label: t('clear-filters'), run: () => this.show('directory', {page: 1}, true)} : null);

		replaceChildren(this.panel, element('h3', {class: 'sr-only'}, t('champion-tab-directory')), form, letters,
			element('p', {'aria-live': 'polite', class: 'text-secondary', role: 'status'}, t('champion-x-found', page.totalCount)),
			results, this.kit.pagination(page, (number) => this.show('directory', Object.assign({}, this.state, {page: number}), true)));
	}

	card(listing, actions) {
		const t = this.t;
		const contact = (field, label, value) => (value ? element('div', {'data-field': field},
			element('span', {class: 'text-secondary'}, `${label}: `), value) : null);
		const phone = listing.phone ? `${listing.phone}${listing.phoneExtension ? ` ${t('champion-ext')} ${listing.phoneExtension}` : ''}`
			: null;

		return element('article', {class: 'card pv-champion-card', 'data-listing-id': listing.id},
			element('div', {class: 'card-body'},
				// the portal's picture of the owner (a path on the portal itself), else the initials; decorative: the name follows
				element('div', {'aria-hidden': 'true', class: 'sticker sticker-secondary rounded-circle'},
					portraitPath(listing.portraitUrl) ? element('img', {alt: '', class: 'sticker-img', 'data-portrait': '',
						src: listing.portraitUrl}) : listing.initials),
				element('h4', {class: 'card-title', 'data-name': ''}, isolated(listing.displayName),
					listing.pronouns ? element('span', {class: 'text-secondary'}, ` (${listing.pronouns})`) : null),
				element('div', {class: 'card-subtitle'}, isolated(listing.title), ` \u00b7 ${t(`champion-category-${keyOf(listing.category)}`)}`),
				listing.livedExperience ? element('span', {class: 'label label-info', 'data-lived-experience': ''},
					t('champion-lived-experience')) : null,
				element('p', {class: 'pv-champion-role'}, listing.role),
				contact('email', t('champion-email'), listing.email ? element('a', {href: `mailto:${listing.email}`}, listing.email) : null),
				contact('phone', t('champion-phone'), phone ? element('a', {href: `tel:${listing.phone}`}, phone) : null),
				contact('location', t('champion-location'), listing.location),
				contact('officeHours', t('champion-office-hours'), listing.officeHours),
				listing.preferredContact ? contact('preferredContact', t('champion-preferred-contact'),
					t(`champion-contact-${keyOf(listing.preferredContact)}`)) : null,
				contact('programs', t('champion-programs'), listing.programs.join(', ')),
				contact('languages', t('champion-languages'), listing.languages.join(', ')),
				contact('expertise', t('champion-expertise'), listing.expertise.join(', ')),
				listing.workflow ? element('div', {'data-listing-status': listing.workflow.status},
					t(`champion-status-${keyOf(listing.workflow.status)}`),
					listing.workflow.stale ? ` \u00b7 ${t('champion-stale')}` : '',
					listing.workflow.reviewMessage ? element('blockquote', {'data-review-message': ''}, listing.workflow.reviewMessage)
						: null) : null,
				actions || null));
	}

	// ---- worksheet: every category, in order, printable

	async renderWorksheet() {
		const t = this.t;
		const worksheet = await this.load(() => this.api.get(`/sites/${encodeId(this.siteId)}/champions/worksheet`,
			{locale: this.language}));

		if (!worksheet) {
			return;
		}

		const mayExport = this.tabs.includes('mine') || this.tabs.includes('review');
		const copies = `${this.api.apiBase}/sites/${encodeId(this.siteId)}/champions`;
		const csv = `${copies}/export.csv?locale=${this.language}`;
		const sendHolder = element('div');
		const sent = element('div', {'aria-live': 'polite'});

		if (this.tabs.includes('review')) {
			this.kit.confirmation(sendHolder, this.kit.button(t('champion-send-to-all'), {'data-action': 'send-to-all'}), {
				cancelAction: 'cancel-send-to-all',
				cancelLabel: t('cancel'),
				confirmAction: 'confirm-send-to-all',
				confirmLabel: t('champion-send-to-all'),
				onConfirm: async () => {
					try {
						const receipt = await this.api.post(`/sites/${encodeId(this.siteId)}/champions/sendings`, {});

						replaceChildren(sent, element('p', {class: 'alert alert-success', 'data-sent-to': String(receipt.recipients)},
							t('champion-sent-to-x', receipt.recipients)));
					}
					catch (error) {
						this.kit.showProblem(sent, error);
					}
				},
				question: t('champion-send-question'),
			});
		}

		replaceChildren(this.panel, element('div', {class: 'pv-champion-worksheet'},
			element('h3', null, t('champion-tab-worksheet')),
			element('div', {class: 'pv-button-row'}, this.kit.button(t('champion-print'), {
				'data-action': 'print-worksheet', on: {click: () => printWorksheet()}}),
			element('a', {class: 'btn btn-secondary', 'data-action': 'download-pdf', download: 'champions.pdf',
				href: `${copies}/worksheet.pdf?locale=${this.language}`}, t('champion-download-pdf')),
			mayExport ? element('a', {class: 'btn btn-secondary', 'data-action': 'export-csv', download: 'champions.csv', href: csv},
				t('champion-export-csv')) : null,
			mayExport ? element('a', {class: 'btn btn-secondary', 'data-action': 'export-vcards', download: 'champions.vcf',
				href: `${copies}/export.vcf?locale=${this.language}`}, t('champion-export-vcards')) : null,
			sendHolder),
			sent,
			worksheet.items.map((group) => element('section', {'data-category': group.category},
				element('h4', null, t(`champion-category-${keyOf(group.category)}`)),
				group.listings.length ? group.listings.map((listing) => this.card(listing))
					: element('p', {class: 'text-secondary'}, t('champion-none-in-category'))))));
	}

	// ---- my listing

	async renderMine() {
		const t = this.t;
		const base = `/sites/${encodeId(this.siteId)}/champions/mine`;
		let listing = null;
		let draft = null;

		replaceChildren(this.panel, this.kit.loading());

		try {
			listing = await this.api.get(base);
		}
		catch (error) {
			if (!(error instanceof ApiProblem) || error.status !== 404) {
				replaceChildren(this.panel);
				this.kit.showProblem(this.alert, error);

				return;
			}

			draft = await this.load(() => this.api.get(`${base}/prefill`));
		}

		// the server takes these from the profile whatever the form says; a failed read leaves the form as it was
		const settings = await this.api.get(`/sites/${encodeId(this.siteId)}/champion-settings`).catch(() => null);
		const locked = profileFieldsLocked(settings);
		const profile = locked && listing ? await this.api.get(`${base}/prefill`).catch(() => null) : draft;
		const stored = listing ? Object.assign({}, listing.pendingRevision || listing) : draft || {};
		const source = locked ? withProfileFields(stored, profile) : stored;

		if (this.activeTab !== 'mine') {
			return;
		}

		const consent = (listing && (listing.pendingRevision || listing).consent) || {emailAudience: draft && draft.emailAudience};
		const fields = {};
		const text = (name, max, extra) => {
			const fromProfile = locked && PROFILE_FIELDS.includes(name);
			const options = fromProfile ? Object.assign({}, extra, {help: t('champion-from-profile-help'), required: false}) : extra;

			fields[name] = this.kit.textField(Object.assign({label: this.fieldLabel(name), max, name, value: source[name]}, options));

			if (fromProfile) {
				// readonly, not disabled: still focusable and read by screen readers with its label and help
				fields[name].control.readOnly = true;
				fields[name].control.setAttribute('data-from-profile', '');
			}

			return fields[name].group;
		};
		const audience = (field) => {
			const chosen = consent[field] || consent[`${field}Audience`] || 'NOBODY';

			fields[`${field}Audience`] = this.kit.selectField(`${field}Audience`, t('champion-who-sees-this'),
				AUDIENCES.map((value) => [value, t(`champion-audience-${keyOf(value)}`)]), chosen);
			fields[`${field}Audience`].control.setAttribute('aria-label', this.fieldLabel(`${field}Audience`));

			return fields[`${field}Audience`].group;
		};

		fields.category = this.kit.selectField('category', t('champion-category'),
			[['', t('champion-choose')]].concat(CATEGORIES.map((value) => [value, t(`champion-category-${keyOf(value)}`)])),
			source.category, true);
		fields.preferredContact = this.kit.selectField('preferredContact', t('champion-preferred-contact'),
			[['', t('champion-no-preference')], ['EMAIL', t('champion-contact-email')], ['PHONE', t('champion-contact-phone')],
				['IN_PERSON', t('champion-contact-in-person')]], source.preferredContact);

		const lived = element('input', {checked: Boolean(source.livedExperience), class: 'custom-control-input', id: uniqueId('pv-field'),
			name: 'livedExperience', type: 'checkbox'});
		const formAlert = this.kit.alertRegion();
		const form = element('form', {'data-form': 'listing', on: {submit: (event) => event.preventDefault()}},
			text('displayName', CHAMPION_LIMITS.CHAMPION_NAME_MAX, {required: true}),
			text('title', CHAMPION_LIMITS.CHAMPION_TITLE_MAX, {required: true}),
			fields.category.group,
			text('role', CHAMPION_LIMITS.CHAMPION_ROLE_MAX, {help: t('champion-role-help'), multiline: true, required: true}),
			element('fieldset', null, element('legend', null, t('champion-contact')),
				text('email', CHAMPION_LIMITS.CHAMPION_EMAIL_MAX, {type: 'email'}), audience('email'),
				text('phone', CHAMPION_LIMITS.CHAMPION_PHONE_MAX, {type: 'tel'}),
				text('phoneExtension', CHAMPION_LIMITS.CHAMPION_EXTENSION_MAX), audience('phone'),
				text('location', CHAMPION_LIMITS.CHAMPION_LOCATION_MAX), audience('location'),
				text('officeHours', CHAMPION_LIMITS.CHAMPION_HOURS_MAX), audience('officeHours'),
				fields.preferredContact.group),
			text('programs', null, {help: t('champion-comma-separated'), value: (source.programs || []).join(', ')}),
			text('languages', null, {help: t('champion-comma-separated'), value: (source.languages || []).join(', ')}),
			text('expertise', null, {help: t('champion-expertise-help'),
				value: (source.expertise || []).concat(source.pendingExpertise || []).join(', ')}),
			source.pendingExpertise && source.pendingExpertise.length ? element('p', {class: 'form-text text-secondary',
				'data-pending-expertise': ''}, sentence(t, 'champion-expertise-waiting-x', source.pendingExpertise.join(', '))) : null,
			text('pronouns', CHAMPION_LIMITS.CHAMPION_PRONOUNS_MAX),
			element('div', {class: 'custom-control custom-checkbox'}, element('label', {for: lived.id}, lived,
				element('span', {class: 'custom-control-label'}, element('span', {class: 'custom-control-label-text'},
					t('champion-lived-experience-mine'))))),
			formAlert);
		const values = () => {
			const collected = {livedExperience: lived.checked};

			for (const [name, field] of Object.entries(fields)) {
				collected[name] = field.control.value;
			}

			return collected;
		};
		const act = (button, work) => this.kit.busy(button, async () => {
			this.kit.clearAlert(formAlert);

			for (const field of Object.values(fields)) {
				field.setError(null);
			}

			try {
				await work();
				this.renderMine();
			}
			catch (error) {
				this.kit.showProblem(formAlert, error);

				for (const [field, message] of Object.entries(error instanceof ApiProblem ? this.kit.fieldErrors(error) : {})) {
					const known = fields[field.replace(/\[\d+\]$/, '')];

					if (known) {
						known.setError(message);
					}
				}
			}
		});
		const save = this.kit.button(t('champion-save'), {class: 'btn btn-primary', 'data-action': 'save-listing'});
		const buttons = [save];

		save.addEventListener('click', () => act(save, () => this.api.put(base, listingRequest(values()))));

		const status = listing && listing.workflow ? listing.workflow.status : null;

		if (['DRAFT', 'CHANGES_REQUESTED', 'DECLINED', 'LEFT'].includes(status)) {
			const submit = this.kit.button(t('champion-submit'), {'data-action': 'submit-listing'});

			submit.addEventListener('click', () => act(submit, () => this.api.post(`${base}/submit`, {})));
			buttons.push(submit);
		}

		if (status === 'PUBLISHED') {
			const confirm = this.kit.button(t('champion-confirm'), {'data-action': 'confirm-listing'});

			confirm.addEventListener('click', () => act(confirm, () => this.api.post(`${base}/confirm`, {})));
			buttons.push(confirm);
		}

		const deleteHolder = element('div');

		if (!listing && !((this.me && this.me.permissions) || []).includes('MANAGE_OWN_LISTING')) {
			replaceChildren(this.panel, element('h3', null, t('champion-tab-mine')),
				element('p', {class: 'text-secondary'}, t('champion-no-listing-yet')));

			return;
		}

		if (listing) {
			this.kit.confirmation(deleteHolder, this.kit.button(t('champion-delete'), {class: 'btn btn-outline-danger',
				'data-action': 'delete-listing'}), {
				cancelAction: 'cancel-delete-listing',
				cancelLabel: t('cancel'),
				confirmAction: 'confirm-delete-listing',
				confirmLabel: t('champion-delete'),
				onConfirm: async () => {
					await this.api.delete(base);

					if (!((this.me && this.me.permissions) || []).includes('MANAGE_OWN_LISTING')) {
						this.tabs = this.tabs.filter((tab) => tab !== 'mine');
						this.renderTabs();
						this.show('directory', {}, true);

						return;
					}

					this.renderMine();
				},
				question: t('champion-delete-question'),
			});
		}

		replaceChildren(this.panel, element('h3', null, t('champion-tab-mine')),
			listing ? this.card(listing) : element('p', {class: 'text-secondary'}, t('champion-no-listing-yet')),
			listing && listing.pendingRevision ? element('div', {class: 'alert alert-info', 'data-pending-revision': ''},
				t('champion-revision-waiting')) : null,
			form, element('div', {class: 'pv-button-row'}, buttons), deleteHolder);
	}

	// ---- review (APPROVE_LISTINGS)

	async renderReview() {
		const t = this.t;
		const base = `/sites/${encodeId(this.siteId)}/champions`;
		const queue = ['submitted', 'due', 'stale'].includes(this.state.queue) ? this.state.queue : 'submitted';
		const answer = await this.load(() => this.api.get(`${base}/review`, {queue}));

		if (!answer) {
			return;
		}

		const chooser = this.kit.selectField('queue', t('champion-queue'), ['submitted', 'due', 'stale'].map((value) => [value,
			t(`champion-queue-${value}`)]), queue);

		chooser.control.addEventListener('change', () => this.show('review', {queue: chooser.control.value}, true));

		const cards = answer.items.map((listing) => {
			const message = this.kit.textField({label: t('champion-review-message'), max: CHAMPION_LIMITS.CHAMPION_REVIEW_MESSAGE_MAX,
				multiline: true, name: 'message', rows: 2});
			const alert = this.kit.alertRegion();
			const decide = (action, body) => {
				const button = this.kit.button(t(`champion-${action}`), {'data-action': action});

				button.addEventListener('click', () => this.kit.busy(button, async () => {
					try {
						await this.api.post(`${base}/${encodeId(listing.id)}/${action}`, body ? {message: message.control.value} : undefined);
						this.renderReview();
					}
					catch (error) {
						this.kit.showProblem(alert, error);
					}
				}));

				return button;
			};
			const shown = listing.pendingRevision || listing;

			return this.card(shown, queue === 'submitted' ? element('div', null, message.group, alert,
				element('div', {class: 'pv-button-row'}, decide('approve'), decide('request-changes', true), decide('decline', true)))
				: null);
		});

		replaceChildren(this.panel, element('h3', null, t('champion-tab-review')), chooser.group,
			cards.length ? cards : this.kit.emptyState(t('champion-queue-empty')));
	}

	// ---- invitation: the nominee's own, and their answer

	async renderInvitation() {
		const t = this.t;
		const base = `/sites/${encodeId(this.siteId)}/champion-nominations`;
		const answer = await this.load(() => this.api.get(`${base}/mine`));

		if (!answer) {
			return;
		}

		const cards = answer.items.map((nomination) => {
			const alert = this.kit.alertRegion();
			const accept = this.kit.button(t('champion-accept-nomination'), {class: 'btn btn-primary', 'data-action': 'accept-nomination'});
			const declineHolder = element('div');

			accept.addEventListener('click', () => this.kit.busy(accept, async () => {
				try {
					await this.api.post(`${base}/${encodeId(nomination.id)}/accept`, {});
					this.tabs = this.tabs.filter((tab) => tab !== 'invitation');

					if (!this.tabs.includes('mine')) {
						this.tabs.splice(2, 0, 'mine');
					}

					this.renderTabs();
					this.show('mine', {}, true);
				}
				catch (error) {
					this.kit.showProblem(alert, error);
				}
			}));
			this.kit.confirmation(declineHolder, this.kit.button(t('champion-decline-nomination'), {'data-action': 'decline-nomination'}), {
				cancelAction: 'cancel-decline-nomination',
				cancelLabel: t('cancel'),
				confirmAction: 'confirm-decline-nomination',
				confirmLabel: t('champion-decline-nomination'),
				onConfirm: async () => {
					try {
						await this.api.post(`${base}/${encodeId(nomination.id)}/decline`, {});
						this.renderInvitation();
					}
					catch (error) {
						this.kit.showProblem(alert, error);
					}
				},
				question: t('champion-decline-nomination-question'),
			});

			return element('article', {class: 'card', 'data-nomination-id': nomination.id}, element('div', {class: 'card-body'},
				element('p', null, t('champion-invitation-intro')),
				element('p', {class: 'text-secondary'}, sentence(t, 'champion-invitation-from-x', nomination.nominatorName), ' \u00b7 ',
					t(`champion-category-${keyOf(nomination.category)}`)),
				nomination.message ? element('blockquote', {'data-nomination-message': '', dir: 'auto'}, nomination.message) : null,
				alert, element('div', {class: 'pv-button-row'}, accept), declineHolder));
		});

		replaceChildren(this.panel, element('h3', null, t('champion-tab-invitation')),
			cards.length ? cards : this.kit.emptyState(t('champion-nomination-none')));
	}

	// ---- nominations and the expertise vocabulary (APPROVE_LISTINGS)

	nomineeField() {
		const t = this.t;

		const picker = element('pv-people-picker', {
			'api-base': this.getAttribute('api-base') || '',
			'csrf-token': this.getAttribute('csrf-token') || '',
			label: t('champion-nominee'),
			locale: this.locale,
			max: '1',
			'site-id': this.siteId,
			'ui-base': this.uiBase,
		});
		const feedback = element('div', {class: 'form-feedback-group', hidden: true});

		return {
			control: picker,
			group: element('div', {class: 'form-group', 'data-nominee': ''}, picker, feedback),
			setError: (message) => {
				replaceChildren(feedback, message ? element('div', {class: 'form-feedback-item'}, message) : null);
				feedback.hidden = !message;
			},
			value: () => (picker.value || [])[0] || '',
		};
	}

	async renderNominations() {
		const t = this.t;
		const base = `/sites/${encodeId(this.siteId)}/champion-nominations`;
		const answer = await this.load(() => this.api.get(base));

		if (!answer) {
			return;
		}

		const nominee = this.nomineeField();
		const category = this.kit.selectField('category', t('champion-category'),
			[['', t('champion-choose')]].concat(CATEGORIES.map((value) => [value, t(`champion-category-${keyOf(value)}`)])), '', true);
		const message = this.kit.textField({label: t('champion-nomination-message'), max: CHAMPION_LIMITS.CHAMPION_NOMINATION_MESSAGE_MAX,
			multiline: true, name: 'message', rows: 3});
		const formAlert = this.kit.alertRegion();
		const send = this.kit.button(t('champion-nominate-button'), {class: 'btn btn-primary', 'data-action': 'nominate', type: 'submit'});
		const form = element('form', {'data-form': 'nomination', on: {submit: (event) => {
			event.preventDefault();
			this.kit.busy(send, async () => {
				this.kit.clearAlert(formAlert);

				try {
					const sent = await this.api.post(base, {category: category.control.value || null, message: message.control.value || null,
						nomineeKey: nominee.value()});

					await this.renderNominations();
					this.kit.clearAlert(this.alert);
					replaceChildren(this.alert, element('div', {class: 'alert alert-success', role: 'status'},
						sentence(t, 'champion-nominated-x', sent.nomineeName)));
				}
				catch (error) {
					this.kit.showProblem(formAlert, error);

					for (const [field, text] of Object.entries(error instanceof ApiProblem ? this.kit.fieldErrors(error) : {})) {
						({category, message, nomineeKey: nominee})[field]?.setError(text);
					}
				}
			});
		}}}, nominee.group, category.group, message.group, formAlert, element('div', {class: 'pv-button-row'}, send));
		const open = answer.items.length ? element('ul', {class: 'list-unstyled'}, answer.items.map((nomination) => {
			const withdraw = this.kit.button(t('champion-withdraw-nomination'), {class: 'btn btn-link btn-sm',
				'data-action': 'withdraw-nomination'});

			withdraw.addEventListener('click', () => this.kit.busy(withdraw, async () => {
				try {
					await this.api.post(`${base}/${encodeId(nomination.id)}/withdraw`, {});
					this.renderNominations();
				}
				catch (error) {
					this.kit.showProblem(this.alert, error);
				}
			}));

			return element('li', {'data-nomination-id': nomination.id}, `${nomination.nomineeName} \u00b7 `
				+ `${t(`champion-category-${keyOf(nomination.category)}`)} `, withdraw);
		})) : this.kit.emptyState(t('champion-nominations-empty'));

		replaceChildren(this.panel, element('h3', null, t('champion-tab-nominations')),
			element('section', null, element('h4', null, t('champion-nominate')), form),
			element('section', null, element('h4', null, t('champion-nominations-open')), open),
			element('section', null, element('h4', null, t('champion-vocabulary')),
				renderVocabulary({api: this.api, kit: this.kit, siteId: this.siteId, t})));
	}
}

if (!customElements.get('pv-champion-directory')) {
	customElements.define('pv-champion-directory', ChampionDirectory);
}
