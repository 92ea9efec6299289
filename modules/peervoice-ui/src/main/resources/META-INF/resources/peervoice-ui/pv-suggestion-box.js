/**
 * <pv-suggestion-box>: the Peer-Voice Suggestion Box. Rendered into the light DOM so that the
 * portal's Clay theme styles it; talks to the REST API of docs/api-contract.md.
 *
 * Headings start at h3 (the host page or portlet owns h1 and h2).
 *
 * Attributes: site-id, api-base (default /o/peer-voice/v1.0), ui-base (folder holding this file and
 * content/Language*.properties; default: this module's folder), csrf-token, locale (en | es, also
 * es_ES / es-ES), user-name, tab (optional first tab), town-halls-url (the site's town-hall page that a suggestion taken
 * forward from a town-hall question links to; default: this page).
 *
 * Hooks for browser tests (stable; prefer accessible names where they are unique):
 *   tabs          button[role=tab][data-tab=board|done|submit|receipt|mine|queue|settings], panel [role=tabpanel]
 *   settings      see pv-site-settings.js and pv-suggestion-settings.js
 *   messages      [role=alert] (problem details: title and per-field errors), [data-status-message] (polite)
 *   submit form   form[data-form=submit]: input[name=title], textarea[name=body], select[name=category],
 *                 input[type=radio][name=anonymous][value=false|true]; nothing is preselected in the
 *                 category select nor the radios: the writer must choose both, or the form shows field
 *                 errors and sends nothing. button[data-action=submit]; success notice [data-submit-notice]
 *   privacy       [data-privacy-warnings] li[data-warning-code]; button[data-action=edit-text|post-anyway] (the submit,
 *                 message and respond forms alike)
 *   findings      (queue) [data-privacy-findings] li[data-finding-code] with mark elements; in the redact form
 *                 button[data-action=select-finding]; publishing an item with findings shows [data-publish-preview]
 *                 with button[data-action=confirm-publish|cancel-publish]
 *   receipt       the shared receipt panel of pv-receipt.js ([data-receipt-panel], gets focus when shown)
 *   look-up       form[data-form=lookup]: input[name=receipt], button[data-action=lookup]
 *   suggestion    article[data-suggestion-id=<id>][data-status=<STATUS>]; title h4[data-title];
 *                 body [data-body]; [data-vote-count]; button[data-action=vote][aria-pressed];
 *                 responses [data-responses] li[data-response]
 *   thread        ol[data-thread] li[data-from=REVIEWER|WRITER]; form[data-form=message]: textarea[name=message],
 *                 button[data-action=send-message]. In "mine" press button[data-action=show-thread] first;
 *                 in the queue open details[data-section=message].
 *   withdraw      button[data-action=withdraw], then button[data-action=confirm-withdraw|cancel-withdraw]
 *   queue         [data-review-facts]; button[data-action=publish]; details[data-section=respond|message|redact]
 *                 (click the summary to open). respond: select[name=status] ('' keeps the status),
 *                 textarea[name=message], button[data-action=respond]. redact: input[name=title],
 *                 textarea[name=body] (prefilled), button[data-action=redact]
 *   filters       form[data-form=filters] select[name=status|category|sort]
 *   pagination    nav[data-pagination] button[data-page=<n>]
 *   origin        [data-origin=<questionId>] a[data-origin-town-hall=<townHallId>] (a suggestion taken forward from a town hall)
 */

import {ApiProblem, encodeId} from './pv-api.js';
import {adoptBaseStyles, append, element, ensureStylesheet, isolated, replaceChildren, sentence, uniqueId} from './pv-dom.js';
import {loadTranslator, supportedLanguage} from './pv-i18n.js';
import {createKit, distinctWarnings} from './pv-kit.js';
import {readFragment, rememberInLocation, writeFragment} from './pv-location.js';
import {readMount} from './pv-mount.js';
import {receiptPanel, showReceiptProblem} from './pv-receipt.js';
import {renderSiteSettings} from './pv-site-settings.js';
import {categoryLabel} from './pv-suggestion-settings.js';
// Every capability's section of the Settings tab registers itself when its module loads (pv-site-settings.js).
import './pv-champion-settings.js';
import './pv-recognition-settings.js';
import './pv-role-group-settings.js';

const OPEN_STATUSES = ['SUBMITTED', 'UNDER_REVIEW', 'PLANNED', 'IN_PROGRESS'];

/**
 * What an item's vote control shows. Writers do not vote for their own items, so they get no
 * button; once the viewer has voted, the pressed button says who agrees instead of "Me too".
 */
export function voteDisplay(suggestion, t, mayVote) {
	const votes = suggestion.voteCount || 0;
	const count = votes === 1 ? t('one-person-agrees') : t('x-people-agree', votes);

	if (!mayVote || suggestion.mine) {
		return {button: null, count, pressed: false};
	}

	if (!suggestion.votedByMe) {
		return {button: t('me-too'), count, pressed: false};
	}

	const others = Math.max(0, votes - 1);
	let button = t('you-and-x-others-agree', others);

	if (others === 0) {
		button = t('you-agree');
	}
	else if (others === 1) {
		button = t('you-and-one-other-agree');
	}

	return {button, count: '', pressed: true};
}
const ALL_STATUSES = OPEN_STATUSES.concat(['DONE', 'DECLINED', 'WITHDRAWN']);

/** The statuses a list view can hold: the board never lists withdrawn items, "you said, we did" only done ones. */
export function statusesOf(view) {
	if (view === 'done') {
		return ['DONE'];
	}

	return view === 'board' ? ALL_STATUSES.filter((status) => status !== 'WITHDRAWN') : ALL_STATUSES;
}

/** A list view's state as the URL gives it (strings, maybe tampered with): what is unknown or out of range is dropped. */
export function viewStateFrom(view, wanted) {
	const page = Number(wanted.page);
	const size = Number(wanted.size);
	const q = typeof wanted.q === 'string' ? wanted.q.trim().slice(0, SEARCH_MAX) : '';

	return Object.assign({}, VIEW_DEFAULTS[view], {
		category: wanted.category && wanted.category.length <= 60 ? wanted.category : undefined,
		page: Number.isInteger(page) && page >= 1 && page <= 10000 ? page : 1,
		pageSize: view === 'queue' && PAGE_SIZES.includes(size) ? size : undefined,
		q: q || undefined,
		sort: ['votes', 'newest'].includes(wanted.sort) ? wanted.sort : VIEW_DEFAULTS[view].sort,
		status: statusesOf(view).includes(wanted.status) && view !== 'done' ? wanted.status : undefined,
		waiting: view === 'queue' && wanted.waiting === '1' ? true : undefined,
	});
}

/** What the URL keeps of a list view's state: only what differs from the view's defaults. */
export function viewStateToLocation(view, state) {
	return {
		category: state.category,
		page: state.page > 1 ? state.page : null,
		q: state.q,
		size: state.pageSize,
		sort: state.sort !== VIEW_DEFAULTS[view].sort ? state.sort : null,
		status: state.status,
		waiting: state.waiting ? '1' : null,
	};
}

/** The list request of a view's state. */
export function listRequest(view, state) {
	return {
		category: state.category,
		needsFirstResponse: view === 'queue' && state.waiting ? 'true' : undefined,
		page: state.page,
		pageSize: state.pageSize || PAGE_SIZE,
		q: state.q,
		sort: state.sort,
		status: state.status,
		view,
	};
}

/** How many filters narrow the list (search, status, category, needs a first response); sort and page do not. */
export function activeFilterCount(state) {
	return ['q', 'status', 'category', 'waiting'].filter((name) => Boolean(state[name])).length;
}

/** Drops every filter of a view's state, keeping its sort and page size, and goes back to the first page. */
export function clearedFilters(state) {
	const cleared = Object.assign({}, state, {page: 1});

	for (const name of ['q', 'status', 'category', 'waiting']) {
		delete cleared[name];
	}

	return cleared;
}

/**
 * The status counts to show above a list: each status of the view that holds items, and the selected one even when
 * it holds none (so it can be unselected); with the total first.
 */
export function statusCountEntries(view, counts, selected) {
	const shown = statusesOf(view).filter((status) => (counts && counts[status] > 0) || status === selected)
		.map((status) => ({count: (counts && counts[status]) || 0, status}));
	const total = shown.reduce((sum, entry) => sum + entry.count, 0);

	return [{count: total, status: ''}].concat(shown);
}

/** The intro of a list, which for the queue says the order it is in. */
export function listIntro(view, sort, t) {
	if (view === 'queue') {
		if (sort === 'newest') {
			return t('review-queue-intro-newest-first');
		}

		return sort === 'votes' ? t('review-queue-intro-most-votes-first') : t('review-queue-intro-oldest-first');
	}

	return {
		board: () => t('board-intro'),
		done: () => t('you-said-we-did-intro'),
		mine: () => t('my-suggestions-intro'),
	}[view]();
}
const STATUS_LABEL_CLASSES = {
	DECLINED: 'label-danger',
	DONE: 'label-success',
	IN_PROGRESS: 'label-warning',
	PLANNED: 'label-primary',
	SUBMITTED: 'label-secondary',
	UNDER_REVIEW: 'label-info',
	WITHDRAWN: 'label-dark',
};
const PAGE_SIZE = 10;
const PAGE_SIZES = [10, 25, 50];
const LOCATION_PREFIX = 'pv-';
const VIEW_DEFAULTS = {
	board: {page: 1, sort: 'votes'},
	done: {page: 1},
	mine: {page: 1},
	queue: {page: 1},
};
const SEARCH_MAX = 100;
const CLAMPED_LENGTH = 320;
const TITLE_MAX = 150;
const BODY_MAX = 5000;
const MESSAGE_MAX = 2000;


function languageTag(locale) {
	const tag = String(locale || 'en').replace(/_/g, '-');

	try {
		return Intl.DateTimeFormat.supportedLocalesOf([tag]).length ? tag : supportedLanguage(tag);
	}
	catch (invalidTag) {
		return supportedLanguage(tag);
	}
}

/** A "posted" notice above the form speaks of the last suggestion: it goes once the form shows errors again. */
/**
 * Where a suggestion taken forward links to: its town hall's page opened at the question it came from (pv-town-hall.js,
 * #pvt-id=&pvt-question=) on the site's town-hall page (the town-halls-url attribute: in Liferay the page that holds the
 * town-hall widget, in the dev portal /sites/{siteId}/town-halls).
 */
export function originLink(page, origin) {
	const question = origin.questionId ? `&pvt-question=${encodeURIComponent(origin.questionId)}` : '';

	return `${page}#pvt-id=${encodeURIComponent(origin.townHallId)}${question}`;
}

export function dropSubmitNotice(form) {
	const notice = form.parentNode ? form.parentNode.querySelector('[data-submit-notice]') : null;

	if (notice) {
		notice.remove();
	}
}

// ---- unread marks (docs/notifications.md): "new message" on My Suggestions, "writer replied" in the queue, and what
// is new for an anonymous writer since their own last message

/** The caller's unread notifications by item (PeerVoice's own store: empty where the portal keeps notifications). */
async function unreadNotificationsByItem(api) {
	const byItem = {};

	try {
		const page = await api.get('/notifications', {pageSize: 100});

		for (const notification of page.items || []) {
			if (!notification.read && notification.itemId) {
				(byItem[notification.itemId] = byItem[notification.itemId] || []).push(notification.id);
			}
		}
	}
	catch (unavailable) {
		// no marks then; the list itself still shows
	}

	return byItem;
}

/** Opening an item reads the caller's notifications about it. */
async function readNotificationsAbout(api, itemId) {
	const byItem = await unreadNotificationsByItem(api);

	if (byItem[itemId]) {
		try {
			await api.post('/notifications/read', {ids: byItem[itemId]});
		}
		catch (notMarked) {
			// the bell still shows them as unread
		}
	}
}

export function unreadMark(suggestion, context, unreadNotifications, t) {
	if (context === 'mine' && unreadNotifications && unreadNotifications[suggestion.id]) {
		return element('span', {class: 'badge badge-info', 'data-unread': 'new-message'}, t('new-message'));
	}

	if (context === 'queue' && suggestion.review && suggestion.review.writerReplied) {
		return element('span', {class: 'badge badge-warning', 'data-unread': 'writer-replied'}, t('writer-replied'));
	}

	return null;
}

/** Marks the thread's last messages that came after the writer's own last message. */
export function markNewMessages(root, count, label) {
	const messages = Array.from(root.querySelectorAll('ol[data-thread] > li'));

	for (const message of messages.slice(Math.max(0, messages.length - count))) {
		message.prepend(element('span', {class: 'badge badge-info mr-1', 'data-new-message': ''}, label));
	}
}

class SuggestionBox extends HTMLElement {
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
		this.languageTag = languageTag(this.locale);
		this.permissions = [];
		this.settings = {categories: []};
		this.views = {};

		for (const [view, defaults] of Object.entries(VIEW_DEFAULTS)) {
			this.views[view] = Object.assign({}, defaults);
		}

		ensureStylesheet(`${this.uiBase}/pv-suggestion-box.css`, {'data-pv-stylesheet': 'suggestion-box'});
		this.t = await loadTranslator(this.uiBase, this.locale);

		const t = this.t;

		this.kit = createKit(t, {
			codeMessages: {'unknown-category': () => t('select-a-category')},
			fieldName: (field) => this.fieldName(field),
			limits: {body: BODY_MAX, message: MESSAGE_MAX, title: TITLE_MAX},
		});
		this.buildFrame();

		try {
			this.me = await this.api.get('/me', {siteId: this.siteId});
		}
		catch (error) {
			this.kit.showProblem(this.frameAlert, error);
			replaceChildren(this.panel);

			return;
		}

		if (!this.me || !this.me.signedIn) {
			this.showInfo(t('sign-in-to-use-the-suggestion-box'));

			return;
		}

		this.permissions = this.me.permissions || [];

		if (!this.can('VIEW')) {
			this.showInfo(t('you-do-not-have-access-to-this-suggestion-box'));

			return;
		}

		try {
			this.settings = await this.api.get(`/sites/${encodeId(this.siteId)}/suggestion-settings`);
		}
		catch (error) {
			this.kit.showProblem(this.frameAlert, error);
		}

		this.renderTabs();

		const requested = this.getAttribute('tab');

		this.defaultTab = this.tabIds().includes(requested) ? requested : 'board';
		window.addEventListener('popstate', () => this.followLocation(false));
		window.addEventListener('hashchange', () => this.followLocation(false));
		this.followLocation(true);
	}

	tabIds() {
		return this.tabButtons.map((button) => button.dataset.tab);
	}

	// ---- the view in the URL: tab, filters and page, or one suggestion (pv-location.js)

	followLocation(initial) {
		const wanted = readFragment(window.location.hash, LOCATION_PREFIX);
		const shown = JSON.stringify(wanted);

		if (!initial && shown === this.shownLocation) {
			return;
		}

		this.shownLocation = shown;

		if (wanted.suggestion) {
			this.showSuggestion(wanted.suggestion);

			return;
		}

		const tab = this.tabIds().includes(wanted.tab) ? wanted.tab : this.defaultTab;

		if (VIEW_DEFAULTS[tab]) {
			this.views[tab] = viewStateFrom(tab, wanted);
		}

		this.selectTab(tab, {remember: false});
	}

	// Back returns to the previous tab, filters or page; a keyboard move between tabs replaces the entry instead.
	remember(replace) {
		const view = this.views[this.activeTab];
		const state = Object.assign(view ? viewStateToLocation(this.activeTab, view) : {}, {tab: this.activeTab});

		rememberInLocation(LOCATION_PREFIX, state, replace);
		this.shownLocation = JSON.stringify(readFragment(window.location.hash, LOCATION_PREFIX));
	}

	suggestionLink(id) {
		return `${window.location.pathname}${window.location.search}${writeFragment(window.location.hash, LOCATION_PREFIX, {suggestion: id})}`;
	}

	async showSuggestion(id) {
		const t = this.t;
		const alert = this.kit.alertRegion();
		const holder = element('div', {'aria-busy': 'true', class: 'pv-single'}, this.kit.loading());
		const back = this.kit.button(t('back-to-the-list'), {
			class: 'btn btn-secondary btn-sm',
			'data-action': 'back-to-list',
			on: {click: () => this.selectTab(this.activeTab || this.defaultTab)},
		});

		replaceChildren(this.panel, element('h3', {class: 'sr-only'}, t('one-suggestion')),
			element('div', {class: 'pv-button-row'}, back), alert, holder);

		try {
			const suggestion = await this.api.get(`/suggestions/${encodeId(id)}`);

			readNotificationsAbout(this.api, id);
			const card = this.renderSuggestion(suggestion, this.can('REVIEW') ? 'queue' : 'board', {single: true});

			replaceChildren(holder, card);
			card.querySelector('[data-title]').focus();
		}
		catch (error) {
			replaceChildren(holder);

			if (error instanceof ApiProblem && error.status === 404) {
				replaceChildren(alert, element('div', {class: 'alert alert-info'}, t('this-suggestion-is-not-available')));
			}
			else {
				this.kit.showProblem(alert, error);
			}
		}
		finally {
			holder.removeAttribute('aria-busy');
		}
	}

	can(permission) {
		return this.permissions.includes(permission);
	}

	buildFrame() {
		const t = this.t;

		this.idPrefix = uniqueId('pv-suggestion-box');
		this.panelId = `${this.idPrefix}-panel`;
		this.statusMessage = element('div', {
			'aria-live': 'polite',
			class: 'sr-only',
			'data-status-message': '',
			role: 'status',
		});
		this.frameAlert = this.kit.alertRegion();
		this.tabList = element('ul', {
			'aria-label': t('suggestion-box-sections'),
			class: 'nav nav-tabs pv-tabs',
			role: 'tablist',
		});
		this.panel = element('div', {class: 'pv-panel', id: this.panelId, role: 'tabpanel'},
			element('p', {class: 'text-secondary'}, t('loading')));

		replaceChildren(this,
			element('div', {class: 'pv-frame', lang: this.language},
				this.statusMessage, this.frameAlert, this.tabList, this.panel));
	}

	availableTabs() {
		const t = this.t;
		const tabs = [
			{id: 'board', label: t('board')},
			{id: 'done', label: t('you-said-we-did')},
		];

		if (this.can('SUBMIT')) {
			tabs.push({id: 'submit', label: t('submit-a-suggestion')});
		}

		tabs.push({id: 'receipt', label: t('check-a-receipt')});

		if (this.can('SUBMIT')) {
			tabs.push({id: 'mine', label: t('my-suggestions')});
		}

		if (this.can('REVIEW')) {
			tabs.push({id: 'queue', label: t('review-queue')});
		}

		if (this.can('CONFIGURE')) {
			tabs.push({id: 'settings', label: t('settings')});
		}

		return tabs;
	}

	renderTabs() {
		this.tabButtons = this.availableTabs().map((tab) => element('button', {
			'aria-controls': this.panelId,
			'aria-selected': 'false',
			class: 'nav-link btn btn-unstyled',
			'data-tab': tab.id,
			id: `${this.idPrefix}-tab-${tab.id}`,
			on: {click: () => this.selectTab(tab.id)},
			role: 'tab',
			tabindex: '-1',
			type: 'button',
		}, tab.label));

		replaceChildren(this.tabList, this.tabButtons.map(
			(button) => element('li', {class: 'nav-item', role: 'presentation'}, button)));

		this.tabList.addEventListener('keydown', (event) => this.moveBetweenTabs(event));
	}

	moveBetweenTabs(event) {
		const buttons = this.tabButtons;
		const current = buttons.indexOf(document.activeElement);

		if (current < 0) {
			return;
		}

		const targets = {
			ArrowLeft: (current - 1 + buttons.length) % buttons.length,
			ArrowRight: (current + 1) % buttons.length,
			End: buttons.length - 1,
			Home: 0,
		};

		if (!(event.key in targets)) {
			return;
		}

		event.preventDefault();

		const target = buttons[targets[event.key]];

		this.selectTab(target.dataset.tab, {replace: true});
		target.focus();
	}

	selectTab(id, options) {
		const how = options || {};
		let active = null;

		for (const button of this.tabButtons) {
			const selected = button.dataset.tab === id;

			button.setAttribute('aria-selected', String(selected));
			button.tabIndex = selected ? 0 : -1;
			button.classList.toggle('active', selected);

			if (selected) {
				active = button;
			}
		}

		this.activeTab = id;
		this.panel.setAttribute('aria-labelledby', active.id);
		this.scrollTabIntoView(active.parentNode);
		this.kit.clearAlert(this.frameAlert);

		replaceChildren(this.panel,
			element('h3', {class: 'sr-only'}, active.textContent),
			this.renderView(id));

		if (how.remember !== false) {
			this.remember(Boolean(how.replace));
		}
	}

	// On a phone the tabs are one scrolling row (pv-suggestion-box.css): the selected one must be in sight.
	scrollTabIntoView(item) {
		const list = this.tabList;
		const start = item.offsetLeft - list.offsetLeft;

		if (start < list.scrollLeft || start + item.offsetWidth > list.scrollLeft + list.clientWidth) {
			list.scrollLeft = Math.max(0, start - 16);
		}
	}

	renderView(id) {
		if (id === 'submit') {
			return this.renderSubmitView();
		}

		if (id === 'receipt') {
			return this.renderReceiptView();
		}

		if (id === 'settings') {
			return renderSiteSettings({
				api: this.api,
				kit: this.kit,
				onSaved: (section, saved) => {
					if (section === 'suggestions') {
						this.settings = saved;
					}
				},
				siteId: this.siteId,
				t: this.t,
			});
		}

		return this.renderListView(id);
	}

	// ---- messages and labels

	announce(text) {
		this.statusMessage.textContent = '';
		window.setTimeout(() => {
			this.statusMessage.textContent = text;
		}, 50);
	}

	showInfo(text) {
		replaceChildren(this.panel, element('div', {class: 'alert alert-info'}, text));
	}

	fieldName(field) {
		const t = this.t;
		const names = {
			anonymous: () => t('how-do-you-want-to-post'),
			body: () => t('your-suggestion'),
			category: () => t('category'),
			message: () => t('message'),
			receipt: () => t('receipt'),
			status: () => t('status'),
			title: () => t('title'),
		};

		return names[field] ? names[field]() : field;
	}

	statusLabel(status) {
		const t = this.t;
		const labels = {
			DECLINED: () => t('status-declined'),
			DONE: () => t('status-done'),
			IN_PROGRESS: () => t('status-in-progress'),
			PLANNED: () => t('status-planned'),
			SUBMITTED: () => t('status-submitted'),
			UNDER_REVIEW: () => t('status-under-review'),
			WITHDRAWN: () => t('status-withdrawn'),
		};

		return labels[status] ? labels[status]() : status;
	}

	statusBadge(status) {
		return element('span', {class: `label ${STATUS_LABEL_CLASSES[status] || 'label-secondary'}`},
			element('span', {class: 'label-item label-item-expand'}, this.statusLabel(status)));
	}

	categoryLabel(key) {
		return categoryLabel(this.t, this.settings.categories, key);
	}

	// new suggestions go only to open categories; filters list retired ones too, for the items filed under them
	categoryOptions(includeRetired) {
		return (this.settings.categories || []).filter((category) => includeRetired || !category.retired)
			.map((category) => [category.key, this.categoryLabel(category.key)]);
	}

	warningMessage(warning) {
		return this.kit.privacyWarningMessage(warning);
	}

	// The writer's or reviewer's choice after the screen warned: the kit's one rendering (each warning once).
	renderPrivacyWarnings(holder, found, {confirmLabel, onConfirm, onEdit}) {
		this.kit.privacyWarnings(holder, found, {confirmLabel, onConfirm, onEdit});
	}

	warningList(found) {
		return element('ul', null, distinctWarnings(found).map((warning) => element('li', {'data-warning-code': warning.code},
			`${this.fieldName(warning.field)}: ${this.warningMessage(warning)}`,
			warning.excerpt ? [' (', element('q', {dir: 'auto'}, warning.excerpt), ')'] : null)));
	}

	// The text with each finding in a mark element (findings come sorted per field and never overlap).
	highlighted(text, findings) {
		const parts = [];
		let at = 0;

		for (const finding of findings.slice().sort((a, b) => a.start - b.start)) {
			if (finding.start < at || finding.end > text.length || finding.end <= finding.start) {
				continue;
			}

			parts.push(text.slice(at, finding.start));
			parts.push(element('mark', {'data-finding-code': finding.code}, text.slice(finding.start, finding.end)));
			at = finding.end;
		}

		parts.push(text.slice(at));

		return parts;
	}

	findingsOf(suggestion) {
		return (suggestion.review && suggestion.review.privacyFindings) || [];
	}

	// What the screen finds in the item as it is now, where it is: reviewers keep identifying details off the board.
	renderPrivacyFindings(suggestion) {
		const t = this.t;
		const findings = this.findingsOf(suggestion);

		if (!findings.length) {
			return null;
		}

		const texts = {body: suggestion.body || '', title: suggestion.title || ''};

		return element('div', {class: 'alert alert-warning pv-small', 'data-privacy-findings': ''},
			element('p', {class: 'c-mb-1'}, element('strong', null, t('privacy-findings-title'))),
			element('p', {class: 'c-mb-1'}, t('privacy-findings-help')),
			element('ul', {class: 'c-mb-0'}, findings.map((finding) => {
				const text = texts[finding.field] || '';
				const from = Math.max(0, finding.start - 30);
				const to = Math.min(text.length, finding.end + 30);
				const shifted = Object.assign({}, finding, {end: finding.end - from, start: finding.start - from});

				return element('li', {'data-finding-code': finding.code},
					`${this.fieldName(finding.field)}: ${this.warningMessage(finding)} `,
					element('span', {class: 'pv-finding-context'}, from > 0 ? '\u2026' : '',
						this.highlighted(text.slice(from, to), finding.code === 'screen-incomplete' ? [] : [shifted]),
						to < text.length ? '\u2026' : ''));
			})));
	}

	timeElement(iso, kind) {
		if (!iso) {
			return null;
		}

		const date = new Date(iso);

		if (isNaN(date.getTime())) {
			return null;
		}

		const options = {
			day: {dateStyle: 'medium'},

			// anonymous items are stored truncated to the UTC day: show that day, not a local shift of it
			'day-utc': {dateStyle: 'medium', timeZone: 'UTC'},
			moment: {dateStyle: 'medium', timeStyle: 'short'},
		}[kind];

		return element('time', {datetime: iso}, new Intl.DateTimeFormat(this.languageTag, options).format(date));
	}

	// ---- form fields


	renderListView(view) {
		const t = this.t;
		const state = this.views[view];
		const alert = this.kit.alertRegion();
		const results = element('div', {'aria-busy': 'true', class: 'pv-results'}, this.kit.loading());
		const counts = element('div', {class: 'pv-status-counts-holder'});
		const pagination = element('div');
		const intro = element('p', {class: 'text-secondary pv-intro'}, listIntro(view, state.sort, t));
		const empty = {
			board: () => t('no-suggestions-on-the-board-yet'),
			done: () => t('nothing-is-marked-done-yet'),
			mine: () => t('you-have-no-suggestions-posted-with-your-name'),
			queue: () => t('the-review-queue-is-empty'),
		}[view]();
		let search = null;
		let filters = null;

		// the controls stay where they are (and keep the focus); only the counts, results and pages are drawn again
		const reload = (focusAfter) => {
			state.page = 1;
			intro.textContent = listIntro(view, state.sort, t);

			if (filters) {
				filters.sync();
			}

			if (search) {
				search.sync();
			}

			this.remember(false);
			load(focusAfter);
		};
		const clearFilters = () => {
			const cleared = clearedFilters(state);

			Object.keys(state).forEach((name) => delete state[name]);
			Object.assign(state, cleared);
			reload(() => search && search.input.focus());
		};

		const load = async (focusAfter) => {
			results.setAttribute('aria-busy', 'true');

			try {
				const page = await this.api.get(`/sites/${encodeId(this.siteId)}/suggestions`, listRequest(view, state));
				const items = (page && page.items) || [];
				const filtered = activeFilterCount(state) > 0;

				if (view === 'mine') {
					this.unreadNotifications = await unreadNotificationsByItem(this.api);
				}

				this.kit.clearAlert(alert);
				replaceChildren(counts, this.renderStatusCounts(view, state, page && page.statusCounts, (status) => {
					state.status = status || undefined;
					reload(() => {
						const pressed = counts.querySelector(`[data-count-status="${status}"]`);

						if (pressed) {
							pressed.focus();
						}
					});
				}));
				replaceChildren(results, items.length
					? element('div', {class: 'pv-card-list'}, items.map((item) => this.renderSuggestion(item, view)))
					: this.kit.emptyState(filtered ? t('no-suggestions-match-these-filters') : empty, filtered ? {
						id: 'clear-filters',
						label: t('clear-filters'),
						run: clearFilters,
					} : null));
				replaceChildren(pagination, this.kit.pagination(page, async (pageNumber) => {
					state.page = pageNumber;
					this.remember(false);
					await load();

					const first = results.querySelector('[data-title]');

					if (first) {
						first.focus();
					}
				}));
				this.announce(t('x-suggestions-found', page ? page.totalCount : 0));
			}
			catch (error) {
				replaceChildren(results);
				replaceChildren(pagination);
				this.kit.showProblem(alert, error);
			}
			finally {
				results.removeAttribute('aria-busy');

				if (focusAfter) {
					focusAfter();
				}
			}
		};

		search = view === 'done' ? null : this.renderSearch(state, (text) => {
			state.q = text || undefined;
			reload();
		});
		filters = this.renderFilters(view, state, () => reload(), clearFilters);

		load();

		return element('div', {class: `pv-view pv-view-${view}`}, intro, search && search.form, filters && filters.bar, counts, alert,
			results, pagination);
	}

	// Search runs on the server over the title and text of what the view lists (GET .../suggestions?q=).
	renderSearch(state, onSearch) {
		const t = this.t;
		const id = uniqueId('pv-search');
		const input = element('input', {
			autocomplete: 'off',
			class: 'form-control',
			id,
			maxlength: String(SEARCH_MAX),
			name: 'q',
			type: 'search',
		});
		const submit = element('button', {class: 'btn btn-secondary', 'data-action': 'search', type: 'submit'}, t('search'));

		input.value = state.q || '';

		const form = element('form', {
			class: 'pv-search',
			'data-form': 'search',
			on: {
				submit: (event) => {
					event.preventDefault();
					onSearch(input.value.trim());
				},
			},
			role: 'search',
		},
		element('label', {class: 'sr-only', for: id}, t('search-suggestions')),
		element('div', {class: 'input-group'},
			element('div', {class: 'input-group-item input-group-prepend'}, input),
			element('div', {class: 'input-group-item input-group-item-shrink input-group-append'}, submit)));

		return {
			form,
			input,
			sync() {
				input.value = state.q || '';
			},
		};
	}

	// Each status with its count under the other filters; pressing one filters by it (the counts are a status filter too).
	renderStatusCounts(view, state, counts, onSelect) {
		const t = this.t;

		if (!counts || view === 'done') {
			return null;
		}

		return element('ul', {'aria-label': t('suggestions-by-status'), class: 'pv-status-counts', 'data-status-counts': ''},
			statusCountEntries(view, counts, state.status).map((entry) => element('li', null, element('button', {
				'aria-pressed': String((state.status || '') === entry.status),
				class: `btn btn-sm ${(state.status || '') === entry.status ? 'btn-primary' : 'btn-outline-secondary'}`,
				'data-count-status': entry.status,
				on: {click: () => onSelect(entry.status)},
				type: 'button',
			}, entry.status ? this.statusLabel(entry.status) : t('all'), ' ',
			element('span', {class: 'badge badge-pill pv-count'}, String(entry.count))))));
	}

	renderFilters(view, state, onChange, onClear) {
		const t = this.t;
		const fields = [];

		if (view === 'board' || view === 'queue') {
			fields.push(this.kit.selectField('status', t('status'),
				[['', t('all-statuses')]].concat(statusesOf(view).map((status) => [status, this.statusLabel(status)])),
				state.status).group);
		}

		if (view !== 'mine') {
			fields.push(this.kit.selectField('category', t('category'),
				[['', t('all-categories')]].concat(this.categoryOptions(true)), state.category).group);
		}

		if (view === 'board') {
			fields.push(this.kit.selectField('sort', t('sort-by'),
				[['votes', t('most-votes')], ['newest', t('newest')]], state.sort).group);
		}

		if (view === 'queue') {
			fields.push(this.kit.selectField('sort', t('sort-by'),
				[['', t('oldest-first')], ['newest', t('newest')], ['votes', t('most-votes')]], state.sort).group);
			fields.push(this.kit.selectField('pageSize', t('per-page'),
				PAGE_SIZES.map((size) => [String(size), String(size)]), String(state.pageSize || PAGE_SIZE)).group);

			const waitingId = uniqueId('pv-waiting');

			fields.push(element('div', {class: 'form-group pv-filter-check'},
				element('div', {class: 'custom-control custom-checkbox'},
					element('label', {for: waitingId},
						element('input', {
							checked: Boolean(state.waiting),
							class: 'custom-control-input',
							id: waitingId,
							name: 'waiting',
							type: 'checkbox',
						}),
						element('span', {class: 'custom-control-label'},
							element('span', {class: 'custom-control-label-text'}, t('needs-a-first-response')))))));
		}

		if (!fields.length) {
			return null;
		}

		const formId = uniqueId('pv-filters');
		const toggle = element('button', {
			'aria-controls': formId,
			'aria-expanded': 'false',
			class: 'btn btn-secondary btn-sm pv-filters-toggle',
			'data-action': 'toggle-filters',
			type: 'button',
		});
		const clear = this.kit.button(t('clear-filters'), {
			class: 'btn btn-link btn-sm',
			'data-action': 'clear-filters',
			on: {click: onClear},
		});
		const form = element('form', {
			'aria-label': t('filters'),
			class: 'pv-filters',
			'data-form': 'filters',
			id: formId,
			on: {
				change: (event) => {
					const control = event.target;

					if (control.name === 'waiting') {
						state.waiting = control.checked || undefined;
					}
					else if (control.name === 'pageSize') {
						state.pageSize = Number(control.value) === PAGE_SIZE ? undefined : Number(control.value);
					}
					else {
						state[control.name] = control.value || undefined;
					}

					onChange();
					sync();
				},
				submit: (event) => event.preventDefault(),
			},
		}, fields);

		// on a phone the filters wait behind their button (pv-suggestion-box.css); wider screens always show them
		toggle.addEventListener('click', () => {
			const open = toggle.getAttribute('aria-expanded') !== 'true';

			toggle.setAttribute('aria-expanded', String(open));
			form.classList.toggle('pv-filters-open', open);
		});

		// the filters as the state has them, after a count, a search or "clear filters" changed it
		const sync = () => {
			const count = activeFilterCount(state);

			for (const control of form.elements) {
				if (control.name === 'waiting') {
					control.checked = Boolean(state.waiting);
				}
				else if (control.name === 'pageSize') {
					control.value = String(state.pageSize || PAGE_SIZE);
				}
				else if (control.name) {
					control.value = state[control.name] || '';
				}
			}

			const inForm = activeFilterCount(Object.assign({}, state, {q: undefined}));

			toggle.textContent = inForm ? t('filters-x', inForm) : t('filters');
			clear.hidden = count === 0;
		};

		sync();

		return {bar: element('div', {class: 'pv-filter-bar'}, element('div', {class: 'pv-button-row pv-filter-buttons'}, toggle, clear), form), sync};
	}

	renderSuggestion(suggestion, context, options) {
		const settings = options || {};
		const titleId = uniqueId('pv-title');
		const alert = this.kit.alertRegion();
		const article = element('article', {
			'aria-labelledby': titleId,
			class: 'card pv-suggestion',
			'data-status': suggestion.status,
			'data-suggestion-id': suggestion.id,
		});
		const replace = (updated, notice) => {
			const fresh = this.renderSuggestion(updated, context, Object.assign({}, settings, {notice}));

			article.replaceWith(fresh);
			fresh.querySelector('[data-title]').focus();

			if (notice) {
				this.announce(notice);
			}
		};
		const text = element('p', {class: 'card-text pv-text', 'data-body': '', dir: 'auto'}, suggestion.body);
		const body = element('div', {class: 'card-body'},
			settings.notice ? element('div', {class: 'alert alert-success'}, settings.notice) : null,
			element('h4', {class: 'h4 pv-title', 'data-title': '', dir: 'auto', id: titleId, tabindex: '-1'},
				suggestion.title),
			unreadMark(suggestion, context, this.unreadNotifications, this.t),
			this.renderMeta(suggestion, context),
			text,
			context === 'queue' && !settings.single ? this.clampedText(text, suggestion.body) : null,
			this.renderResponses(suggestion));

		if (context === 'board' || context === 'done') {
			append(body, [this.renderVotes(suggestion, titleId, alert)]);
		}
		else if (context === 'queue') {
			append(body, [this.renderReviewFacts(suggestion), this.renderPrivacyFindings(suggestion)]);
		}

		if (context === 'mine') {
			append(body, [this.renderWriterActions(suggestion, {
				loadThread: () => this.api.get(`/suggestions/${encodeId(suggestion.id)}/messages`)
					.then((page) => (page && page.items) || []),
				send: (message, confirmPrivacyWarnings) => this.api.post(`/suggestions/${encodeId(suggestion.id)}/messages`,
					{confirmPrivacyWarnings, message}),
				withdraw: () => this.api.post(`/suggestions/${encodeId(suggestion.id)}/withdraw`),
			}, replace, alert)]);
		}

		if (context === 'receipt') {
			const thread = settings.thread || [];

			append(body, [this.renderWriterActions(suggestion, {
				send: (message, confirmPrivacyWarnings) => this.api.post('/receipts/messages',
					{confirmPrivacyWarnings, message, receipt: settings.receipt})
					.then((sent) => {
						thread.push(sent);

						return sent;
					}),
				thread,
				withdraw: () => this.api.post('/receipts/withdraw', {receipt: settings.receipt}),
			}, replace, alert)]);
		}

		if (context === 'queue') {
			append(body, [this.renderReviewActions(suggestion, replace, alert)]);
		}

		append(body, [alert]);
		append(article, [body]);

		return article;
	}

	// In the queue a long text shows its first lines, with a button for the rest (the cards stay short).
	clampedText(text, full) {
		if (!full || full.length <= CLAMPED_LENGTH) {
			return null;
		}

		const t = this.t;
		const textId = uniqueId('pv-text');
		const toggle = this.kit.button(t('show-the-full-text'), {
			'aria-controls': textId,
			'aria-expanded': 'false',
			class: 'btn btn-link btn-sm pv-show-text',
			'data-action': 'show-full-text',
		});

		text.id = textId;
		text.classList.add('pv-clamped');
		toggle.addEventListener('click', () => {
			const open = toggle.getAttribute('aria-expanded') !== 'true';

			text.classList.toggle('pv-clamped', !open);
			toggle.setAttribute('aria-expanded', String(open));
			toggle.textContent = open ? t('show-less') : t('show-the-full-text');
		});

		return toggle;
	}

	renderMeta(suggestion, context) {
		const t = this.t;
		const item = (label, content) => element('span', {class: 'pv-meta-item'},
			element('span', {class: 'sr-only'}, `${label}: `), content);
		const author = suggestion.anonymous
			? t('anonymous')
			: (suggestion.author && suggestion.author.name) || t('a-colleague');
		const reviewing = context === 'queue' || context === 'mine' || context === 'receipt';

		return element('div', {class: 'pv-meta'},
			item(t('status'), this.statusBadge(suggestion.status)),
			reviewing ? element('span', {class: `label ${suggestion.published ? 'label-success' : 'label-secondary'}`},
				element('span', {class: 'label-item label-item-expand'},
					suggestion.published ? t('published') : t('not-published-yet'))) : null,
			suggestion.redacted ? element('span', {class: 'label label-info'},
				element('span', {class: 'label-item label-item-expand'}, t('redacted'))) : null,
			item(t('category'), this.categoryLabel(suggestion.category)),
			item(t('posted-by'), isolated(author)),
			item(t('posted-on'), this.timeElement(suggestion.createdAt, suggestion.anonymous ? 'day-utc' : 'day')),
			suggestion.origin ? element('span', {class: 'pv-meta-item', 'data-origin': suggestion.origin.questionId},
				element('a', {'data-origin-town-hall': suggestion.origin.townHallId, href: this.townHallLink(suggestion.origin)},
					sentence(t, 'from-the-town-hall-x', suggestion.origin.townHallTitle))) : null,
			context === 'receipt' ? null : element('a', {
				class: 'pv-permalink',
				'data-permalink': '',
				href: this.suggestionLink(suggestion.id),
			}, t('link-to-this-suggestion')));
	}

	/** The town hall and question a suggestion taken forward came from, on the site's town-hall page (originLink). */
	townHallLink(origin) {
		return originLink(this.getAttribute('town-halls-url') || `${window.location.pathname}${window.location.search}`, origin);
	}

	renderResponses(suggestion) {
		const t = this.t;
		const responses = suggestion.responses || [];

		if (!responses.length) {
			return null;
		}

		return element('div', {class: 'pv-responses', 'data-responses': ''},
			element('h5', {class: 'h5'}, t('responses-from-leadership')),
			element('ol', {class: 'list-unstyled c-mb-0'}, responses.map((response) => element('li', {
				class: 'pv-response',
				'data-response': '',
			},
			response.status ? this.statusBadge(response.status) : null,
			response.message ? element('p', {class: 'pv-text c-mb-1', dir: 'auto'}, response.message) : null,
			element('div', {class: 'pv-small text-secondary'},
				isolated((response.responder && response.responder.name) || t('leadership')), ' \u00b7 ',
				this.timeElement(response.createdAt, 'moment'))))));
	}

	renderVotes(suggestion, titleId, alert) {
		const mayVote = this.can('VOTE') && suggestion.published && OPEN_STATUSES.includes(suggestion.status);
		const shown = voteDisplay(suggestion, this.t, mayVote);
		const count = element('span', {
			'aria-live': 'polite',
			class: 'pv-vote-count',
			'data-vote-count': '',
		}, shown.count);

		if (shown.button === null) {
			return element('div', {class: 'pv-votes'}, count);
		}

		const voteButton = element('button', {
			'aria-describedby': titleId,
			'data-action': 'vote',
			type: 'button',
		});
		const show = () => {
			const now = voteDisplay(suggestion, this.t, mayVote);

			voteButton.textContent = now.button;
			voteButton.setAttribute('aria-pressed', String(now.pressed));
			voteButton.className = `btn btn-sm ${now.pressed ? 'btn-primary' : 'btn-outline-primary'}`;
			count.textContent = now.count;
		};
		const path = `/suggestions/${encodeId(suggestion.id)}/votes`;

		voteButton.addEventListener('click', () => this.kit.busy(voteButton, async () => {
			this.kit.clearAlert(alert);

			try {
				if (suggestion.votedByMe) {
					await this.api.delete(path);
					suggestion.votedByMe = false;
					suggestion.voteCount = Math.max(0, (suggestion.voteCount || 0) - 1);
				}
				else {
					const result = await this.api.post(path);

					suggestion.votedByMe = true;
					suggestion.voteCount = result ? result.voteCount : (suggestion.voteCount || 0) + 1;
				}
			}
			catch (error) {
				if (error instanceof ApiProblem && (error.status === 409 || error.status === 404)) {
					await this.refreshVotes(suggestion);
				}
				else {
					this.kit.showProblem(alert, error);
				}
			}

			show();
		}));

		show();

		return element('div', {class: 'pv-votes'}, voteButton, count);
	}

	async refreshVotes(suggestion) {
		try {
			const current = await this.api.get(`/suggestions/${encodeId(suggestion.id)}`);

			suggestion.voteCount = current.voteCount;
			suggestion.votedByMe = current.votedByMe;
		}
		catch (ignored) {
			// the vote state shown stays as it was; the next page load corrects it
		}
	}

	renderReviewFacts(suggestion) {
		const t = this.t;
		const review = suggestion.review || {};
		const facts = [];

		if (typeof review.ageDays === 'number') {
			if (review.ageDays === 0) {
				facts.push(t('posted-today'));
			}
			else if (review.ageDays === 1) {
				facts.push(t('one-day-old'));
			}
			else {
				facts.push(t('x-days-old', review.ageDays));
			}
		}

		const hours = review.hoursToFirstResponse;
		const days = review.daysToFirstResponse;
		if (typeof hours === 'number') {
			facts.push(hours < 1 ? t('first-response-within-an-hour') : t('x-hours-to-first-response', Math.round(hours)));
		}
		else if (typeof days === 'number') {
			// Anonymous items keep their creation time to the day only: say it in days.
			if (days === 0) {
				facts.push(t('first-response-the-same-day'));
			}
			else if (days === 1) {
				facts.push(t('first-response-after-one-day'));
			}
			else {
				facts.push(t('x-days-to-first-response', days));
			}
		}
		else {
			facts.push(t('no-response-yet'));
		}

		facts.push(voteDisplay(suggestion, t, false).count);

		return element('ul', {class: 'list-inline pv-facts pv-small', 'data-review-facts': ''},
			facts.map((fact) => element('li', {class: 'list-inline-item'}, fact)));
	}

	// ---- the writer's side: thread and withdraw (mine, receipt)

	renderWriterActions(suggestion, actions, replace, alert) {
		const t = this.t;
		const container = element('div', {class: 'pv-writer-actions'});
		const threadHolder = element('div');
		const open = OPEN_STATUSES.includes(suggestion.status);

		if (actions.thread) {
			append(threadHolder, [this.renderThread(actions.thread, 'writer', actions.send)]);
		}
		else {
			const showButton = this.kit.button(t('show-conversation'), {
				class: 'btn btn-secondary btn-sm',
				'data-action': 'show-thread',
			});

			showButton.addEventListener('click', () => this.kit.busy(showButton, async () => {
				try {
					const thread = await actions.loadThread();
					const section = this.renderThread(thread, 'writer', actions.send);

					replaceChildren(threadHolder, section);
					section.querySelector('h5').focus();
				}
				catch (error) {
					this.kit.showProblem(alert, error);
				}
			}));
			append(threadHolder, [showButton]);
		}

		append(container, [threadHolder]);

		if (open) {
			append(container, [this.renderWithdraw(actions.withdraw,
				(updated) => replace(updated, t('your-suggestion-was-withdrawn')), alert)]);
		}

		return container;
	}

	renderThread(messages, perspective, send) {
		const t = this.t;
		const headingId = uniqueId('pv-thread');
		const list = element('ol', {class: 'list-unstyled pv-thread', 'data-thread': ''});
		const empty = element('p', {class: 'text-secondary'}, t('no-messages-yet'));
		const add = (message) => {
			empty.hidden = true;
			list.appendChild(this.renderMessage(message, perspective));
		};

		messages.forEach(add);

		const section = element('section', {'aria-labelledby': headingId, class: 'pv-thread-section'},
			element('h5', {class: 'h5', id: headingId, tabindex: '-1'}, perspective === 'writer'
				? t('private-conversation-with-reviewers')
				: t('private-conversation-with-the-writer')),
			element('p', {class: 'pv-small text-secondary'}, perspective === 'writer'
				? t('private-conversation-writer-help')
				: t('private-conversation-reviewer-help')),
			empty, list);

		if (send) {
			append(section, [this.renderMessageForm(send, add,
				perspective === 'writer' ? t('your-reply') : t('message-to-the-writer'))]);
		}

		return section;
	}

	renderMessage(message, perspective) {
		const t = this.t;
		const fromWriter = message.from === 'WRITER';
		let who;

		if (fromWriter) {
			who = perspective === 'writer'
				? t('you')
				: (message.author && message.author.name) || t('anonymous-writer');
		}
		else {
			who = (message.author && message.author.name) || t('reviewer');
		}

		return element('li', {
			class: `pv-message ${fromWriter ? 'pv-message-writer' : 'pv-message-reviewer'}`,
			'data-from': message.from,
		},
		element('div', {class: 'pv-small'}, element('strong', null, isolated(who)), ' \u00b7 ',
			this.timeElement(message.createdAt, fromWriter && !message.author ? 'day-utc' : 'moment')),
		element('p', {class: 'pv-text c-mb-0', dir: 'auto'}, message.message));
	}

	renderMessageForm(send, onSent, label) {
		const t = this.t;
		const alert = this.kit.alertRegion();
		const field = this.kit.textField({label, max: MESSAGE_MAX, multiline: true, name: 'message', rows: 3});
		const sendButton = element('button', {class: 'btn btn-primary btn-sm', 'data-action': 'send-message', type: 'submit'},
			t('send'));
		const warnings = element('div', {'data-privacy-warnings': '', role: 'alert'});
		const form = element('form', {class: 'pv-message-form', 'data-form': 'message', novalidate: true},
			alert, field.group, warnings, sendButton);
		const submit = async (confirmPrivacyWarnings) => {
			const text = field.control.value.trim();

			this.kit.clearAlert(alert);
			replaceChildren(warnings);
			field.setError(null);

			if (!text) {
				field.setError(t('write-a-message-first'));
				field.control.focus();

				return;
			}

			try {
				onSent(await send(text, confirmPrivacyWarnings));
				field.control.value = '';
				field.control.dispatchEvent(new Event('input'));
				this.announce(t('your-message-was-sent'));
			}
			catch (error) {
				if (error instanceof ApiProblem && error.status === 422 && error.warnings.length) {
					this.renderPrivacyWarnings(warnings, error.warnings, {
						confirmLabel: t('send-anyway'),
						onConfirm: () => submit(true),
						onEdit: () => field.control.focus(),
					});

					return;
				}

				this.kit.showProblem(alert, error);
			}
		};

		form.addEventListener('submit', (event) => {
			event.preventDefault();
			this.kit.busy(sendButton, () => submit(false));
		});

		return form;
	}

	renderWithdraw(withdraw, onWithdrawn, alert) {
		const t = this.t;
		const start = this.kit.button(t('withdraw-suggestion'), {
			class: 'btn btn-outline-danger btn-sm',
			'data-action': 'withdraw',
		});

		return this.kit.confirmation(element('div', {class: 'pv-withdraw'}), start, {
			cancelAction: 'cancel-withdraw',
			cancelLabel: t('keep-it'),
			confirmAction: 'confirm-withdraw',
			confirmLabel: t('yes-withdraw-it'),
			onConfirm: async () => {
				try {
					onWithdrawn(await withdraw());
				}
				catch (error) {
					this.kit.showProblem(alert, error);
				}
			},
			question: t('withdraw-confirmation'),
		});
	}

	// ---- the reviewer's side (queue)

	renderReviewActions(suggestion, replace, alert) {
		const t = this.t;
		const id = encodeId(suggestion.id);
		const container = element('div', {class: 'pv-review-actions'});
		const canRespond = this.can('RESPOND');
		const live = suggestion.status !== 'WITHDRAWN';

		if (canRespond && live && !suggestion.published) {
			const publish = this.kit.button(t('publish'), {class: 'btn btn-primary btn-sm', 'data-action': 'publish'});
			const preview = element('div');
			const post = async (confirmPrivacyWarnings) => {
				try {
					replace(await this.api.post(`/suggestions/${id}/publish`, {confirmPrivacyWarnings}), t('the-suggestion-is-published'));
				}
				catch (error) {
					if (error instanceof ApiProblem && error.status === 422 && error.warnings.length) {
						showPreview(error.warnings);

						return;
					}

					this.kit.showProblem(alert, error);
				}
			};
			const showPreview = (findings) => {
				const headingId = uniqueId('pv-publish');
				const confirm = this.kit.button(t('publish-anyway'), {class: 'btn btn-warning btn-sm', 'data-action': 'confirm-publish'});
				const cancel = this.kit.button(t('cancel'), {class: 'btn btn-secondary btn-sm', 'data-action': 'cancel-publish'});
				const of = (field) => findings.filter((finding) => finding.field === field);

				confirm.addEventListener('click', () => this.kit.busy(confirm, () => post(true)));
				cancel.addEventListener('click', () => {
					replaceChildren(preview);
					publish.focus();
				});
				replaceChildren(preview, element('section', {
					'aria-labelledby': headingId,
					class: 'alert alert-warning pv-publish-preview',
					'data-publish-preview': '',
					role: 'group',
				},
				element('p', {id: headingId}, element('strong', null, t('publish-with-findings-question'))),
				element('p', null, t('publish-with-findings-help')),
				this.warningList(findings),
				element('div', {class: 'pv-preview sheet'},
					element('p', {class: 'h5', dir: 'auto'}, this.highlighted(suggestion.title || '', of('title'))),
					element('p', {class: 'pv-text c-mb-0', dir: 'auto'}, this.highlighted(suggestion.body || '', of('body')))),
				element('div', {class: 'pv-button-row'}, confirm, cancel)));
				cancel.focus();
			};

			publish.addEventListener('click', () => this.kit.busy(publish, async () => {
				const findings = this.findingsOf(suggestion);

				if (findings.length) {
					showPreview(findings);

					return;
				}

				await post(false);
			}));
			append(container, [publish, preview]);
		}

		if (canRespond && live) {
			append(container, [this.details('respond', t('respond-publicly'), () => this.renderRespondForm(suggestion, replace))]);
		}

		append(container, [this.details('message', t('message-the-writer'), () => {
			const holder = element('div', {'aria-busy': 'true'}, t('loading'));

			this.api.get(`/suggestions/${id}/messages`).then((page) => {
				replaceChildren(holder, this.renderThread((page && page.items) || [], 'reviewer', canRespond
					? (message, confirmPrivacyWarnings) => this.api.post(`/suggestions/${id}/messages`, {confirmPrivacyWarnings, message})
					: null));
			}).catch((error) => {
				replaceChildren(holder);
				this.kit.showProblem(alert, error);
			}).finally(() => holder.removeAttribute('aria-busy'));

			return holder;
		})]);

		if (canRespond && live && suggestion.anonymous) {
			append(container, [this.details('redact', t('redact-identifying-details'),
				() => this.renderRedactForm(suggestion, replace))]);
		}

		return container;
	}

	details(section, summary, renderBody) {
		const body = element('div', {class: 'pv-details-body'});
		const details = element('details', {class: 'pv-details', 'data-section': section},
			element('summary', {class: 'btn btn-secondary btn-sm'}, summary), body);
		let rendered = false;

		details.addEventListener('toggle', () => {
			if (details.open && !rendered) {
				rendered = true;
				append(body, [renderBody()]);
			}
		});

		return details;
	}

	renderRespondForm(suggestion, replace) {
		const t = this.t;
		const alert = this.kit.alertRegion();
		const status = this.kit.selectField('status', t('new-status'),
			[['', t('keep-the-current-status')]].concat(
				(suggestion.allowedTransitions || []).map((transition) => [transition, this.statusLabel(transition)])),
			'');
		const message = this.kit.textField({
			help: t('public-response-help'),
			label: t('public-response'),
			max: MESSAGE_MAX,
			multiline: true,
			name: 'message',
			rows: 4,
		});
		const respond = element('button', {class: 'btn btn-primary btn-sm', 'data-action': 'respond', type: 'submit'},
			t('post-response'));
		const warnings = element('div', {'data-privacy-warnings': '', role: 'alert'});
		const form = element('form', {'data-form': 'respond', novalidate: true}, alert, status.group, message.group, warnings, respond);

		const submit = async (confirmPrivacyWarnings) => {
			const request = {confirmPrivacyWarnings};
			const text = message.control.value.trim();

			this.kit.clearAlert(alert);
			message.setError(null);

			if (status.control.value) {
				request.status = status.control.value;
			}

			if (text) {
				request.message = text;
			}

			if (!text && (!request.status || request.status === 'DONE' || request.status === 'DECLINED')) {
				message.setError(request.status ? t('done-and-declined-need-a-message') : t('write-a-message-first'));
				message.control.focus();

				return;
			}

			replaceChildren(warnings);

			try {
				replace(await this.api.post(`/suggestions/${encodeId(suggestion.id)}/responses`, request),
					t('your-response-was-posted'));
			}
			catch (error) {
				if (error instanceof ApiProblem && error.status === 422 && error.warnings.length) {
					this.renderPrivacyWarnings(warnings, error.warnings, {
						confirmLabel: t('post-anyway'),
						onConfirm: () => submit(true),
						onEdit: () => message.control.focus(),
					});

					return;
				}

				this.kit.showProblem(alert, error);
			}
		};

		form.addEventListener('submit', (event) => {
			event.preventDefault();
			this.kit.busy(respond, () => submit(false));
		});

		return form;
	}

	renderRedactForm(suggestion, replace) {
		const t = this.t;
		const alert = this.kit.alertRegion();
		const title = this.kit.textField({label: t('title'), max: TITLE_MAX, name: 'title', value: suggestion.title});
		const body = this.kit.textField({
			label: t('suggestion-text'),
			max: BODY_MAX,
			multiline: true,
			name: 'body',
			rows: 6,
			value: suggestion.body,
		});
		const save = element('button', {class: 'btn btn-primary btn-sm', 'data-action': 'redact', type: 'submit'},
			t('save-redacted-text'));
		const controls = {body: body.control, title: title.control};
		const findings = this.findingsOf(suggestion).filter((finding) => controls[finding.field] && finding.end > finding.start);
		const original = {body: suggestion.body || '', title: suggestion.title || ''};
		const findingList = findings.length ? element('div', {class: 'alert alert-warning pv-small', 'data-privacy-findings': ''},
			element('p', {class: 'c-mb-1'}, t('redact-findings-help')),
			element('ul', {class: 'c-mb-0'}, findings.map((finding) => {
				const select = this.kit.button(t('select-in-the-text'), {
					class: 'btn btn-link btn-sm',
					'data-action': 'select-finding',
				});

				select.addEventListener('click', () => {
					const control = controls[finding.field];
					const wanted = original[finding.field].slice(finding.start, finding.end);

					// the offsets are those of the saved text: find the same words again if the reviewer has edited
					const at = control.value.slice(finding.start, finding.end) === wanted ? finding.start : control.value.indexOf(wanted);

					control.focus();

					if (at >= 0) {
						control.setSelectionRange(at, at + wanted.length);
					}
				});

				return element('li', {'data-finding-code': finding.code},
					`${this.fieldName(finding.field)}: ${this.warningMessage(finding)} `,
					element('mark', null, original[finding.field].slice(finding.start, finding.end)), ' ', select);
			}))) : null;
		const form = element('form', {'data-form': 'redact', novalidate: true},
			element('p', {class: 'pv-small text-secondary'}, t('redact-help')),
			findingList, alert, title.group, body.group, save);

		form.addEventListener('submit', (event) => {
			event.preventDefault();
			this.kit.busy(save, async () => {
				this.kit.clearAlert(alert);

				try {
					replace(await this.api.post(`/suggestions/${encodeId(suggestion.id)}/redact`, {
						body: body.control.value.trim(),
						title: title.control.value.trim(),
					}), t('the-suggestion-was-redacted'));
				}
				catch (error) {
					this.kit.showProblem(alert, error);
				}
			});
		});

		return form;
	}

	// ---- submit

	renderSubmitView() {
		const t = this.t;
		const container = element('div', {class: 'pv-view pv-view-submit'});

		const showForm = (notice) => {
			const form = this.renderSubmitForm(showReceipt, showForm);

			if (notice) {
				const noticeElement = element('div', {
					class: 'alert alert-success',
					'data-submit-notice': '',
					tabindex: '-1',
				}, notice);

				replaceChildren(container, noticeElement, form);
				noticeElement.focus();
				this.announce(notice);
			}
			else {
				replaceChildren(container, form);
			}
		};

		const showReceipt = (created) => {
			const panel = receiptPanel({kit: this.kit, onDismiss: () => showForm(this.postedNotice(created)), receipt: created.receipt, t});

			replaceChildren(container, panel);
			panel.focus();
		};

		showForm(null);

		return container;
	}

	postedNotice(created) {
		const t = this.t;

		return created.published ? t('your-suggestion-is-on-the-board') : t('your-suggestion-was-sent-to-the-reviewers');
	}

	renderSubmitForm(showReceipt, showForm) {
		const t = this.t;
		const alert = this.kit.alertRegion();
		const warnings = element('div', {'data-privacy-warnings': '', role: 'alert'});
		const title = this.kit.textField({help: t('title-help'), label: t('title'), max: TITLE_MAX, name: 'title', required: true});
		const body = this.kit.textField({
			help: t('suggestion-help'),
			label: t('your-suggestion'),
			max: BODY_MAX,
			multiline: true,
			name: 'body',
			required: true,
			rows: 6,
		});
		const category = this.kit.selectField('category', t('category'),
			[['', t('choose-a-category')]].concat(this.categoryOptions()), '', true);
		const anonymity = this.renderAnonymityChoice();
		const submit = element('button', {class: 'btn btn-primary', 'data-action': 'submit', type: 'submit'},
			t('post-suggestion'));
		// in the order they appear, so the first invalid one gets the focus
		const fields = {title, body, category, anonymous: anonymity};
		const form = element('form', {class: 'pv-submit-form', 'data-form': 'submit', novalidate: true},
			element('p', {class: 'text-secondary'}, t('submit-intro')),
			element('p', {class: 'pv-small text-secondary'},
				element('span', {'aria-hidden': 'true', class: 'pv-required-mark'}, '* '), t('required-fields-are-marked-with-an-asterisk')),
			alert, title.group, body.group, category.group, anonymity.group, warnings,
			element('div', {class: 'pv-button-row'}, submit));

		const showFieldErrors = (errors) => {
			let first = null;

			for (const [name, field] of Object.entries(fields)) {
				field.setError(errors[name] || null);

				if (errors[name] && !first) {
					first = field;
				}
			}

			if (first) {
				dropSubmitNotice(form);
			}

			return first;
		};

		const showWarnings = (found) => this.renderPrivacyWarnings(warnings, found, {
			confirmLabel: t('post-anyway'),
			onConfirm: () => send(true),
			onEdit: () => (fields[found[0].field] || body).control.focus(),
		});

		const send = async (confirmPrivacyWarnings) => {
			const values = {
				anonymous: anonymity.value(),
				body: body.control.value.trim(),
				category: category.control.value,
				title: title.control.value.trim(),
			};
			const errors = {};

			if (!values.title) {
				errors.title = t('enter-a-title');
			}

			if (!values.body) {
				errors.body = t('describe-your-suggestion');
			}

			if (!values.category) {
				errors.category = t('select-a-category');
			}

			if (values.anonymous === null) {
				errors.anonymous = t('choose-how-to-post');
			}

			this.kit.clearAlert(alert);

			const firstInvalid = showFieldErrors(errors);

			if (firstInvalid) {
				replaceChildren(warnings);
				firstInvalid.control.focus();

				return;
			}

			try {
				const created = await this.api.post(`/sites/${encodeId(this.siteId)}/suggestions`, {
					anonymous: values.anonymous,
					body: values.body,
					category: values.category,
					confirmPrivacyWarnings: Boolean(confirmPrivacyWarnings),
					title: values.title,
				});

				if (created.receipt) {
					showReceipt(created);
				}
				else {
					showForm(this.postedNotice(created));
				}
			}
			catch (error) {
				if (error instanceof ApiProblem && error.status === 422 && error.warnings.length) {
					showWarnings(error.warnings);

					return;
				}

				replaceChildren(warnings);
				dropSubmitNotice(form);
				this.kit.showProblem(alert, error);

				if (error instanceof ApiProblem) {
					showFieldErrors(this.kit.fieldErrors(error));
				}
			}
		};

		form.addEventListener('submit', (event) => {
			event.preventDefault();
			this.kit.busy(submit, () => send(false));
		});

		return form;
	}

	renderAnonymityChoice() {
		const t = this.t;
		const name = this.getAttribute('user-name') || (this.me && this.me.name) || '';
		const errorId = uniqueId('pv-error');
		const feedback = element('div', {class: 'form-feedback-group', hidden: true, id: errorId});
		const choices = [
			{
				help: [name ? sentence(t, 'x-post-with-my-name-help', name) : t('post-with-my-name-help')],
				label: t('post-with-my-name'),
				value: 'false',
			},
			{
				help: [t('post-anonymously-help'), t('post-anonymously-receipt-help')],
				label: t('post-anonymously'),
				value: 'true',
			},
		];
		const inputs = [];
		const cards = choices.map((choice) => {
			const helpId = uniqueId('pv-help');
			const input = element('input', {
				'aria-describedby': helpId,
				class: 'custom-control-input',
				name: 'anonymous',
				required: true,
				type: 'radio',
				value: choice.value,
			});

			inputs.push(input);

			return element('div', {
				class: 'card pv-choice-card',
				on: {
					click: (event) => {
						if (!event.target.closest('label') && event.target !== input) {
							input.checked = true;
							input.dispatchEvent(new Event('change', {bubbles: true}));
							input.focus();
						}
					},
				},
			}, element('div', {class: 'card-body'},
				element('div', {class: 'custom-control custom-radio'},
					element('label', null, input,
						element('span', {class: 'custom-control-label'},
							element('span', {class: 'custom-control-label-text'},
								element('strong', null, choice.label))))),
				element('div', {class: 'pv-choice-help pv-small', id: helpId},
					choice.help.map((text) => element('p', {class: 'c-mb-1'}, text)))));
		});
		const group = element('fieldset', {
			class: 'form-group pv-anonymity',
			on: {
				change: () => cards.forEach((card, index) => card.classList.toggle('pv-choice-selected', inputs[index].checked)),
			},
		},
		element('legend', {class: 'pv-legend'}, t('how-do-you-want-to-post'), this.kit.requiredMark()),
		element('div', {class: 'pv-choice-cards'}, cards),
		feedback);

		return {
			control: inputs[0],
			group,
			setError(message) {
				group.classList.toggle('has-error', Boolean(message));

				if (message) {
					group.setAttribute('aria-describedby', errorId);
					replaceChildren(feedback, element('div', {class: 'form-feedback-item'}, message));
					feedback.hidden = false;
				}
				else {
					group.removeAttribute('aria-describedby');
					replaceChildren(feedback);
					feedback.hidden = true;
				}
			},
			value() {
				const checked = inputs.find((input) => input.checked);

				return checked ? checked.value === 'true' : null;
			},
		};
	}

	// ---- receipt look-up

	renderReceiptView() {
		const t = this.t;
		const alert = this.kit.alertRegion();
		const result = element('div', {class: 'pv-receipt-result'});
		const receipt = this.kit.textField({help: t('receipt-lookup-help'), label: t('receipt'), name: 'receipt'});
		const lookup = element('button', {class: 'btn btn-primary', 'data-action': 'lookup', type: 'submit'}, t('look-up'));

		receipt.control.setAttribute('autocomplete', 'off');
		receipt.control.setAttribute('autocapitalize', 'characters');
		receipt.control.setAttribute('spellcheck', 'false');

		const form = element('form', {class: 'pv-lookup-form', 'data-form': 'lookup', novalidate: true},
			element('p', {class: 'text-secondary'}, t('receipt-lookup-intro')),
			alert, receipt.group, element('div', {class: 'pv-button-row'}, lookup));

		form.addEventListener('submit', (event) => {
			event.preventDefault();
			this.kit.busy(lookup, async () => {
				const code = receipt.control.value.trim();

				// clinic computers are shared: the code does not stay on screen for the next person
				receipt.control.value = '';

				this.kit.clearAlert(alert);
				receipt.setError(null);
				replaceChildren(result);

				if (!code) {
					receipt.setError(t('enter-your-receipt'));
					receipt.control.focus();

					return;
				}

				try {
					const found = await this.api.post('/receipts/lookup', {receipt: code});
					const card = this.renderSuggestion(found.suggestion, 'receipt', {receipt: code, thread: found.thread || []});
					const delivery = found.deliveredWithinMinutes == null ? null
						: element('div', {class: 'alert alert-info', 'data-delivery': ''}, t('being-delivered-within-x-minutes', found.deliveredWithinMinutes));

					replaceChildren(result, delivery, card);
					markNewMessages(card, found.newSinceWritersLastMessage || 0, t('new-since-your-last-message'));
					card.querySelector('[data-title]').focus();
				}
				catch (error) {
					showReceiptProblem({alert, error, field: receipt, kit: this.kit, notFound: t('no-suggestion-matches-this-receipt'), t});
				}
			});
		});

		return element('div', {class: 'pv-view pv-view-receipt'}, form, result);
	}
}

if (!customElements.get('pv-suggestion-box')) {
	customElements.define('pv-suggestion-box', SuggestionBox);
}
