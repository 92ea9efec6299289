/**
 * <pv-recognition-board>: the recognition board (docs/recognition-board.md). Rendered into the light DOM so that the
 * portal's Clay theme styles it; talks to the recognition operations of the REST API (openapi.yaml, tag recognitions).
 * Headings start at h3. The recipient decides what shows about them: this element only ever shows what the API returns.
 *
 * Attributes: site-id, api-base, ui-base, csrf-token, locale (as <pv-suggestion-box>), tab (optional first tab).
 * A link to '#pv-recognition=<id>' (what recognition notifications lead to) opens that recognition, focused.
 *
 * Hooks for browser tests:
 *   tabs        button[role=tab][data-tab=board|give|mine|reports|equity], panel [role=tabpanel]
 *   board       form[data-form=recognition-filters] select[name=value|period|role], pv-people-picker[data-filter=person]; article[data-recognition-id=<id>] with
 *               [data-recipients] li, [data-message], button[data-action=celebrate|report|comment], [data-celebrations]
 *   give        form[data-form=give-recognition]: pv-people-picker, textarea[name=message], input[name=value][value=<v>],
 *               input[name=visibility][value=BOARD|PRIVATE], button[data-action=give]; warnings [data-privacy-warnings]
 *   mine        the same articles with button[data-action=approve|hide|comments-off|comments-on] and, for a recipient,
 *               a[data-action=download-certificate]; form[data-form=preference]
 *               input[name=askFirst], button[data-action=save-preference]
 *   linked      article[data-linked][data-recognition-id=<id>], button[data-action=show-board]
 *   equity      table[data-table=groups|values] tr[data-row=<group or value>] td[data-fewer-than-five],
 *               a[data-action=equity-csv]
 *   reports     article[data-recognition-id] textarea[name=reason] button[data-action=moderate|moderate-comment]
 */

import {ApiProblem, encodeId} from './pv-api.js';
import {adoptBaseStyles, element, isolated, replaceChildren, sentence, uniqueId} from './pv-dom.js';
import {loadTranslator} from './pv-i18n.js';
import {createKit} from './pv-kit.js';
import {readFragment} from './pv-location.js';
import {readMount} from './pv-mount.js';
import './pv-people-picker.js';
import {valueLabel} from './pv-recognition-values.js';

export {valueLabel};

// The limits of openapi.yaml (RecognitionRequest, RecognitionCommentRequest, RecognitionReason).
export const RECOGNITION_LIMITS = {
	RECOGNITION_COMMENT_MAX: 300,
	RECOGNITION_MESSAGE_MAX: 1000,
	RECOGNITION_REASON_MAX: 300,
	RECOGNITION_RECIPIENTS_MAX: 10,
};

export const PERIODS = ['WEEK', 'MONTH', 'QUARTER', 'YEAR'];
/** A person filter finds the recognitions the person received (the API's default) or gave (RecognitionRole). */
export const ROLES = ['RECEIVED', 'GIVEN'];

/** The label of a site value: the translation of a default value's key, else the value as the administrator wrote it. */
/**
 * A recognition's heading, as children for element(): who gave it to whom, each name isolated (sentence, pv-dom.js); the
 * viewer is "you" (as giver, the sentence starts with it).
 */
export function headingText(t, item) {
	const names = element('span', null, item.recipients.map((recipient, index) => [index ? ', ' : null,
		recipient.me ? t('recognition-you') : isolated(recipient.name)]));

	return item.givenByMe ? sentence(t, 'recognition-you-recognized-x', names) : sentence(t, 'recognition-x-recognized-x', item.giverName, names);
}

// A checkbox's or radio's label, its text in Clay's .custom-control-label-text: without it the text touched the box.
function controlLabel(id, text) {
	return element('label', {class: 'custom-control-label', for: id}, element('span', {class: 'custom-control-label-text'}, text));
}

/** The request body of POST /recognitions from the give form's values. */
export function recognitionRequest({confirmed, message, recipients, values, visibility}) {
	return {
		confirmed: Boolean(confirmed),
		message: message || '',
		recipients: (recipients || []).slice(),
		values: (values || []).slice(),
		visibility: visibility === 'PRIVATE' ? 'PRIVATE' : 'BOARD',
	};
}

/**
 * The board's filters as query parameters: only a known period, only a value of the site, a person (a user key the
 * people picker gave) with what they did, received or gave, and that only with a person.
 */
export function boardQuery(filters, siteValues) {
	const query = {page: filters.page > 1 ? filters.page : null};

	if (PERIODS.includes(filters.period)) {
		query.period = filters.period;
	}

	if (filters.value && (siteValues || []).includes(filters.value)) {
		query.value = filters.value;
	}

	const person = filters.person && typeof filters.person.userKey === 'string' ? filters.person.userKey : '';

	if (person) {
		query.person = person;
		query.role = ROLES.includes(filters.role) ? filters.role : ROLES[0];
	}

	return query;
}

/** Where a recipient downloads their own certificate of a recognition, in the reader's language. */
export function certificateUrl(apiBase, siteId, recognitionId, language) {
	return `${apiBase}/sites/${encodeId(siteId)}/recognitions/${encodeId(recognitionId)}/certificate.pdf?locale=${
		language === 'es' ? 'es' : 'en'}`;
}

/** A month of the equity view (yyyy-MM, UTC) as the reader says it: "March 2027", "marzo de 2027". */
export function monthLabel(month, locale) {
	const [year, number] = String(month).split('-').map(Number);

	if (!year || !number) {
		return String(month);
	}

	return new Intl.DateTimeFormat(locale || 'en', {month: 'long', timeZone: 'UTC', year: 'numeric'})
		.format(new Date(Date.UTC(year, number - 1, 1)));
}

/** One cell of the equity view as text: "fewer than 5", or the count and, for a role group of 5 or more, per person. */
export function equityCellText(t, cell, locale) {
	if (!cell || cell.received === null || cell.received === undefined) {
		return t('recognition-equity-fewer-than-five');
	}

	if (cell.perHead === null || cell.perHead === undefined) {
		return String(cell.received);
	}

	const perHead = new Intl.NumberFormat(locale || 'en', {maximumFractionDigits: 2}).format(cell.perHead);

	return `${cell.received} (${t('recognition-equity-x-per-person', perHead)})`;
}

/** The language key of a role group of the equity view (the same texts as the role-group settings). */
export function roleGroupLabelKey(group) {
	return `role-group-${String(group).toLowerCase().replace(/_/g, '-')}`;
}

/** The recognition a link asks for ('#pv-recognition=<id>', what notifications link to), or null. */
export function linkedRecognition(hash) {
	const id = readFragment(hash, 'pv-').recognition;

	return id && id.length <= 36 ? id : null;
}


class RecognitionBoard extends HTMLElement {
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
		this.t = await loadTranslator(this.uiBase, this.locale);
		this.kit = createKit(this.t, {
			codeMessages: {
				duplicate: () => this.t('recognition-error-duplicate'),
				self: () => this.t('recognition-error-self'),
				'too-many': () => this.t('recognition-error-too-many'),
				'unknown-person': () => this.t('recognition-error-unknown-person'),
				'unknown-value': () => this.t('recognition-error-unknown-value'),
			},
			fieldName: (field) => this.fieldLabel(field),
			limits: {
				message: RECOGNITION_LIMITS.RECOGNITION_MESSAGE_MAX,
				reason: RECOGNITION_LIMITS.RECOGNITION_REASON_MAX,
				text: RECOGNITION_LIMITS.RECOGNITION_COMMENT_MAX,
			},
		});
		this.alert = this.kit.alertRegion();
		this.status = element('div', {'aria-live': 'polite', class: 'sr-only', 'data-status': ''});
		this.panel = element('div', {role: 'tabpanel', tabindex: '-1'});
		this.tabList = element('div', {'aria-label': this.t('recognition-board'), class: 'nav nav-underline', role: 'tablist'});
		replaceChildren(this, element('div', {class: 'pv-frame pv-recognition-board', lang: this.language},
			this.tabList, this.alert, this.status, this.panel));

		try {
			this.me = await this.api.get('/me', {siteId: this.siteId});
			this.permissions = (this.me && this.me.permissions) || [];

			if (this.me && this.me.signedIn && this.permissions.includes('VIEW')) {
				this.settings = await this.api.get(`/sites/${encodeId(this.siteId)}/recognition-settings`);
			}
		}
		catch (error) {
			this.kit.showProblem(this.alert, error);

			return;
		}

		if (!this.settings) {
			replaceChildren(this.panel, element('div', {class: 'alert alert-info'}, this.t('sign-in-to-see-the-recognition-board')));

			return;
		}

		this.tabs = ['board'];

		if (this.permissions.includes('RECOGNIZE')) {
			this.tabs.push('give');
		}

		this.tabs.push('mine');

		if (this.permissions.includes('MODERATE')) {
			this.tabs.push('reports');
		}

		if (this.permissions.includes('VIEW_INSIGHTS')) {
			this.tabs.push('equity');
		}

		this.filters = {page: 1};
		this.renderTabs();

		const wanted = this.getAttribute('tab');
		const linked = linkedRecognition(window.location.hash);

		window.addEventListener('hashchange', () => {
			const next = linkedRecognition(window.location.hash);

			if (next && next !== this.linked) {
				this.showLinked(next);
			}
		});

		if (linked) {
			this.showLinked(linked);
		}
		else {
			this.show(this.tabs.includes(wanted) ? wanted : 'board');
		}
	}

	// One recognition a link or a notification leads to, scrolled to and focused; the board is one button away.
	async showLinked(id) {
		const t = this.t;

		this.linked = id;
		this.selectTab('board');
		this.kit.clearAlert(this.alert);

		const item = await this.load(() => this.api.get(this.path(`/recognitions/${encodeId(id)}`)));

		if (!item) {
			replaceChildren(this.panel, this.kit.button(t('recognition-show-board'), {
				class: 'btn btn-secondary', 'data-action': 'show-board', on: {click: () => this.show('board')}}));

			return;
		}

		const card = this.card(item, () => this.showLinked(id));

		card.setAttribute('data-linked', '');
		card.tabIndex = -1;
		replaceChildren(this.panel,
			element('h3', {class: 'h5'}, t('recognition-linked')),
			card,
			element('div', {class: 'pv-button-row'}, this.kit.button(t('recognition-show-board'), {
				class: 'btn btn-secondary', 'data-action': 'show-board', on: {click: () => this.show('board')}})));

		if (card.scrollIntoView) {
			card.scrollIntoView({block: 'start'});
		}

		card.focus();
	}

	fieldLabel(field) {
		const labels = {
			message: 'recognition-message', reason: 'recognition-reason', recipients: 'recognition-recipients',
			text: 'recognition-comment', values: 'recognition-values', visibility: 'recognition-visibility',
		};

		return labels[field] ? this.t(labels[field]) : field;
	}

	renderTabs() {
		this.tabButtons = this.tabs.map((tab) => element('button', {
			'aria-selected': 'false',
			class: 'nav-link btn btn-unstyled',
			'data-tab': tab,
			id: uniqueId('pv-recognition-tab'),
			on: {
				click: () => this.show(tab),
				keydown: (event) => this.moveBetweenTabs(event, tab),
			},
			role: 'tab',
			tabindex: '-1',
			type: 'button',
		}, this.t(`recognition-tab-${tab}`)));
		replaceChildren(this.tabList, this.tabButtons);
	}

	moveBetweenTabs(event, tab) {
		const index = this.tabs.indexOf(tab);
		const moves = {ArrowLeft: index - 1, ArrowRight: index + 1, End: this.tabs.length - 1, Home: 0};

		if (event.key in moves) {
			event.preventDefault();

			const next = this.tabs[(moves[event.key] + this.tabs.length) % this.tabs.length];

			this.show(next);
			this.tabButtons[this.tabs.indexOf(next)].focus();
		}
	}

	show(tab) {
		this.selectTab(tab);
		this.kit.clearAlert(this.alert);

		const renderers = {
			board: () => this.renderBoard(),
			give: () => this.renderGive(),
			mine: () => this.renderMine(),
			reports: () => this.renderReports(),
			equity: () => this.renderEquity(),
		};

		renderers[tab]();
	}

	selectTab(tab) {
		this.activeTab = tab;

		for (const button of this.tabButtons) {
			const selected = button.dataset.tab === tab;

			button.setAttribute('aria-selected', String(selected));
			button.classList.toggle('active', selected);
			button.tabIndex = selected ? 0 : -1;

			if (selected) {
				this.panel.setAttribute('aria-labelledby', button.id);
			}
		}
	}

	async load(work) {
		replaceChildren(this.panel, this.kit.loading());

		try {
			return await work();
		}
		catch (error) {
			replaceChildren(this.panel);
			this.kit.showProblem(this.alert, error);

			return null;
		}
	}

	path(suffix) {
		return `/sites/${encodeId(this.siteId)}${suffix}`;
	}

	announce(text) {
		this.status.textContent = text;
	}

	// ---- the board

	async renderBoard() {
		const t = this.t;
		const page = await this.load(() => this.api.get(this.path('/recognitions'), boardQuery(this.filters, this.settings.values)));

		if (!page) {
			return;
		}

		const value = this.kit.selectField('value', t('recognition-filter-value'),
			[['', t('recognition-any-value')]].concat(this.settings.values.map((each) => [each, valueLabel(t, each)])), this.filters.value);
		const period = this.kit.selectField('period', t('recognition-filter-period'),
			[['', t('recognition-any-time')]].concat(PERIODS.map((each) => [each, t(`recognition-period-${each.toLowerCase()}`)])),
			this.filters.period);
		const person = element('pv-people-picker', {
			'api-base': this.getAttribute('api-base'), 'data-filter': 'person', label: t('recognition-filter-person'), locale: this.locale,
			max: '1', 'site-id': this.siteId, 'ui-base': this.uiBase,
		});

		if (this.filters.person) {
			person.selected = [this.filters.person];
		}

		const role = this.kit.selectField('role', t('recognition-filter-role'),
			ROLES.map((each) => [each, t(`recognition-role-${each.toLowerCase()}`)]), this.filters.role || ROLES[0]);
		const filters = element('form', {
			class: 'pv-recognition-filters',
			'data-form': 'recognition-filters',
			on: {submit: (event) => {
				event.preventDefault();
				const chosen = (person.selected || [])[0] || null;

				this.filters = {page: 1, period: period.control.value || null, person: chosen, role: role.control.value || null,
					value: value.control.value || null};
				this.renderBoard();
			}},
			role: 'search',
		}, value.group, period.group, person, role.group, element('div', {class: 'pv-button-row'},
			element('button', {class: 'btn btn-secondary', 'data-action': 'filter', type: 'submit'}, t('recognition-apply-filters'))));

		replaceChildren(this.panel,
			element('h3', {class: 'h5'}, t('recognition-board')),
			filters,
			page.items.length ? element('div', {class: 'pv-recognitions'}, page.items.map((item) => this.card(item, () => this.renderBoard())))
				: this.kit.emptyState(t('recognition-board-empty')),
			this.kit.morePagination(page, (number) => {
				this.filters.page = number;
				this.renderBoard();
			}));
	}

	// One recognition as the API gave it to this viewer; refresh() renders the list again after an action.
	card(item, refresh) {
		const t = this.t;
		const headingId = uniqueId('pv-recognition');
		const mine = item.recipients.find((recipient) => recipient.me);
		const names = item.recipients.map((recipient) => recipient.me ? t('you') : recipient.name);
		const actions = element('div', {class: 'pv-button-row'});
		const below = element('div', {'data-below': ''});
		const act = (label, action, work, attributes) => {
			const button = this.kit.button(label, Object.assign({'data-action': action}, attributes || {}));

			button.addEventListener('click', () => this.kit.busy(button, async () => {
				try {
					await work();
					this.announce(t('recognition-done'));
					await refresh();
					this.focusAfterAction(item.id, action);
				}
				catch (error) {
					this.kit.showProblem(this.alert, error);
				}
			}));
			actions.append(button);
		};
		const id = encodeId(item.id);

		if (!item.moderationReason) {
			act(item.celebratedByMe ? t('recognition-celebrated') : t('recognition-celebrate'), 'celebrate',
				() => (item.celebratedByMe ? this.api.delete(this.path(`/recognitions/${id}/celebration`))
					: this.api.put(this.path(`/recognitions/${id}/celebration`))),
				{'aria-pressed': String(item.celebratedByMe), class: 'btn btn-secondary btn-sm'});
		}

		if (mine) {
			if (mine.consent !== 'SHOWN') {
				act(t('recognition-approve'), 'approve', () => this.api.post(this.path(`/recognitions/${id}/approve`)),
					{class: 'btn btn-primary btn-sm'});
			}

			if (mine.consent !== 'HIDDEN') {
				act(t('recognition-hide'), 'hide', () => this.api.post(this.path(`/recognitions/${id}/hide`)), {class: 'btn btn-secondary btn-sm'});
			}

			act(mine.commentsOff ? t('recognition-comments-on') : t('recognition-comments-off'),
				mine.commentsOff ? 'comments-on' : 'comments-off',
				() => this.api.put(this.path(`/recognitions/${id}/comments-off`), {off: !mine.commentsOff}), {class: 'btn btn-secondary btn-sm'});

			if (!item.moderationReason) {
				actions.append(element('a', {class: 'btn btn-secondary btn-sm', 'data-action': 'download-certificate',
					download: 'recognition-certificate.pdf', href: certificateUrl(this.api.apiBase, this.siteId, item.id, this.language)},
				t('recognition-download-certificate')));
			}
		}

		if (item.commentsOpen && this.permissions.includes('RECOGNIZE')) {
			const open = this.kit.button(t('recognition-add-comment'), {class: 'btn btn-secondary btn-sm', 'data-action': 'comment'});

			open.addEventListener('click', () => this.commentForm(below, item, refresh));
			actions.append(open);
		}

		if (!item.givenByMe && !mine) {
			const report = this.kit.button(t('recognition-report'), {class: 'btn btn-link btn-sm', 'data-action': 'report'});

			report.addEventListener('click', () => this.reasonForm(below, t('recognition-report-reason'), 'send-report',
				(reason) => this.api.post(this.path(`/recognitions/${id}/report`), {reason}), t('recognition-reported')));
			actions.append(report);
		}

		return element('article', {'aria-labelledby': headingId, class: 'card pv-recognition', 'data-recognition-id': item.id},
			element('div', {class: 'card-body'},
				element('h4', {class: 'h6', id: headingId}, headingText(t, item)),
				element('ul', {class: 'list-inline', 'data-recipients': ''}, names.map((name) => element('li', {class: 'list-inline-item', dir: 'auto'}, name))),
				item.messageWithheld ? element('p', {class: 'text-secondary', 'data-message-withheld': ''}, t('recognition-message-withheld'))
					: element('p', {'data-message': '', dir: 'auto'}, item.message),
				element('ul', {'aria-label': t('recognition-values'), class: 'list-inline'},
					item.values.map((each) => element('li', {class: 'list-inline-item badge badge-info'}, valueLabel(this.t, each)))),
				element('p', {class: 'text-secondary pv-small'},
					new Date(item.createdAt).toLocaleDateString(this.locale),
					item.visibility === 'PRIVATE' ? ` \u00b7 ${t('recognition-private')}` : '',
					mine && mine.consent === 'PENDING' ? ` \u00b7 ${t('recognition-waiting-for-you')}` : '',
					mine && mine.consent === 'HIDDEN' ? ` \u00b7 ${t('recognition-hidden-by-you')}` : '',
					item.awaitingApproval ? ` \u00b7 ${t('recognition-awaiting-approval')}` : ''),
				item.moderationReason ? element('div', {class: 'alert alert-warning'}, sentence(t, 'recognition-moderated-x', item.moderationReason)) : null,
				element('p', {class: 'pv-small', 'data-celebrations': String(item.celebrations)}, t('recognition-x-celebrations', item.celebrations)),
				item.comments.length ? element('ul', {'aria-label': t('recognition-comments'), class: 'pv-comments'},
					item.comments.map((comment) => element('li', {'data-comment-id': comment.id},
						element('strong', null, isolated(comment.authorName)), ': ', isolated(comment.text)))) : null,
				actions, below));
	}

	/**
	 * After an action has rendered the list again, the focus goes back where it was rather than to the top of the page:
	 * the same action's button on the same recognition (Celebrate, now pressed; Turn comments off, now Turn comments on),
	 * else the recognition itself, else, when it left the list (hidden from the board), the panel's heading.
	 */
	focusAfterAction(id, action) {
		const card = [...this.panel.querySelectorAll('article[data-recognition-id]')].find((each) => each.getAttribute('data-recognition-id') === id);
		const counterpart = {'comments-off': 'comments-on', 'comments-on': 'comments-off'}[action];
		const button = card && (card.querySelector(`[data-action="${action}"]`) || (counterpart && card.querySelector(`[data-action="${counterpart}"]`)));
		const target = button || card || this.panel.querySelector('h3');

		if (target) {
			if (!button) {
				target.tabIndex = -1;
			}

			target.focus();
		}
	}

	commentForm(holder, item, refresh) {
		const t = this.t;
		const field = this.kit.textField({label: t('recognition-comment'), max: RECOGNITION_LIMITS.RECOGNITION_COMMENT_MAX, multiline: true,
			name: 'text', rows: 2});
		const warnings = element('div', {'data-privacy-warnings': '', role: 'alert'});
		const alert = this.kit.alertRegion();
		const send = (confirmed) => async () => {
			try {
				await this.api.post(this.path(`/recognitions/${encodeId(item.id)}/comments`), {confirmed, text: field.control.value});
				await refresh();
				this.focusAfterAction(item.id, 'comment');
			}
			catch (error) {
				this.showWarningsOrProblem(error, warnings, alert, {intro: t('recognition-comment-warnings-intro'), onConfirm: send(true),
					onEdit: () => field.control.focus()});
			}
		};
		const button = element('button', {class: 'btn btn-primary btn-sm', 'data-action': 'send-comment', type: 'submit'}, t('recognition-send'));
		const form = element('form', {novalidate: true, on: {submit: (event) => {
			event.preventDefault();
			this.kit.busy(button, send(false));
		}}}, alert, field.group, warnings, button);

		replaceChildren(holder, form);
		field.control.focus();
	}

	reasonForm(holder, label, action, work, done, focus = true) {
		const field = this.kit.textField({label, max: RECOGNITION_LIMITS.RECOGNITION_REASON_MAX, multiline: true, name: 'reason', rows: 2});
		const alert = this.kit.alertRegion();
		const button = element('button', {class: 'btn btn-primary btn-sm', 'data-action': action, type: 'submit'}, this.t('recognition-send'));
		const form = element('form', {novalidate: true, on: {submit: (event) => {
			event.preventDefault();
			this.kit.busy(button, async () => {
				try {
					await work(field.control.value);
					// the form and its button are gone: the focus moves to what took their place, not to the top of the page
					const sent = element('p', {class: 'text-success', role: 'status', tabindex: '-1'}, done);

					replaceChildren(holder, sent);
					sent.focus();
				}
				catch (error) {
					this.kit.showProblem(alert, error);
				}
			});
		}}}, alert, field.group, button);

		replaceChildren(holder, form);

		if (focus) {
			field.control.focus();
		}
	}

	showWarningsOrProblem(error, warnings, alert, {intro, onConfirm, onEdit}) {
		if (error instanceof ApiProblem && error.status === 422 && error.warnings.length) {
			// the board's own warning (RecognitionBoard.RECIPIENT_NAME) in the viewer's language; the screen's through the kit
			const found = error.warnings.map((warning) => (warning.code === 'recipient-name'
				? Object.assign({}, warning, {message: this.t('recognition-warning-recipient-name')}) : warning));

			this.kit.privacyWarnings(warnings, found, {
				confirmLabel: this.t('recognition-send-anyway'),
				intro: intro || this.t('recognition-warnings-intro'),
				onConfirm,
				onEdit,
			});

			return;
		}

		if (error instanceof ApiProblem && error.status === 422 && Object.values(error.problem.errorCodes || {}).includes('health-disclosure')) {
			// refused whatever the writer confirms (a comment has no recipients' approval to wait for): edit only
			replaceChildren(alert, element('div', {class: 'alert alert-danger'}, this.t('recognition-error-comment-health-disclosure')));
			onEdit();

			return;
		}

		this.kit.showProblem(alert, error);
	}

	// ---- giving

	renderGive() {
		const t = this.t;
		const picker = element('pv-people-picker', {
			'api-base': this.getAttribute('api-base'), label: t('recognition-recipients'), locale: this.locale,
			max: String(RECOGNITION_LIMITS.RECOGNITION_RECIPIENTS_MAX), 'site-id': this.siteId, 'ui-base': this.uiBase,
		});
		const message = this.kit.textField({help: t('recognition-message-help'), label: t('recognition-message'),
			max: RECOGNITION_LIMITS.RECOGNITION_MESSAGE_MAX, multiline: true, name: 'message', required: true});
		const valueBoxes = this.settings.values.map((each) => {
			const id = uniqueId('pv-value');

			return element('div', {class: 'custom-control custom-checkbox'},
				element('input', {class: 'custom-control-input', id, name: 'value', type: 'checkbox', value: each}),
				controlLabel(id, valueLabel(t, each)));
		});
		const visibility = ['BOARD', 'PRIVATE'].map((each, index) => {
			const id = uniqueId('pv-visibility');

			return element('div', {class: 'custom-control custom-radio'},
				element('input', {checked: index === 0, class: 'custom-control-input', id, name: 'visibility', type: 'radio', value: each}),
				controlLabel(id, t(`recognition-visibility-${each.toLowerCase()}`)));
		});
		const alert = this.kit.alertRegion();
		const warnings = element('div', {'data-privacy-warnings': '', role: 'alert'});
		const giveButton = element('button', {class: 'btn btn-primary', 'data-action': 'give', type: 'submit'}, t('recognition-give'));
		const values = () => [...this.panel.querySelectorAll('input[name=value]:checked')].map((input) => input.value);
		const chosenVisibility = () => (this.panel.querySelector('input[name=visibility]:checked') || {}).value;
		const send = (confirmed) => async () => {
			this.kit.clearAlert(alert);

			try {
				await this.api.post(this.path('/recognitions'), recognitionRequest({confirmed, message: message.control.value,
					recipients: picker.value, values: values(), visibility: chosenVisibility()}));
				this.announce(t('recognition-given'));
				this.show('mine');
			}
			catch (error) {
				this.showWarningsOrProblem(error, warnings, alert, {onConfirm: send(true), onEdit: () => message.control.focus()});
			}
		};
		const form = element('form', {'data-form': 'give-recognition', novalidate: true, on: {submit: (event) => {
			event.preventDefault();
			replaceChildren(warnings);
			this.kit.busy(giveButton, send(false));
		}}}, alert, picker, message.group,
		element('fieldset', null, element('legend', {class: 'h6'}, t('recognition-values')), valueBoxes),
		element('fieldset', null, element('legend', {class: 'h6'}, t('recognition-visibility')), visibility,
			element('p', {class: 'form-text'}, t('recognition-visibility-help'))),
		warnings, element('div', {class: 'pv-button-row'}, giveButton));

		replaceChildren(this.panel, element('h3', {class: 'h5'}, t('recognition-give-title')), form);
	}

	// ---- my recognitions and my preference

	async renderMine(pageNumber) {
		const t = this.t;
		const number = pageNumber || 1;
		const loaded = await this.load(async () => [await this.api.get(this.path('/recognitions/mine'), {page: number > 1 ? number : null}),
			await this.api.get(this.path('/recognition-preference'))]);

		if (!loaded) {
			return;
		}

		const [page, preference] = loaded;
		const askId = uniqueId('pv-ask-first');
		const askHelpId = uniqueId('pv-ask-first-help');
		const ask = element('input', {'aria-describedby': askHelpId, checked: preference.askFirst, class: 'custom-control-input', id: askId,
			name: 'askFirst', type: 'checkbox'});
		const save = element('button', {class: 'btn btn-secondary btn-sm', 'data-action': 'save-preference', type: 'submit'},
			t('recognition-save-preference'));
		const preferenceForm = element('form', {'data-form': 'preference', on: {submit: (event) => {
			event.preventDefault();
			this.kit.busy(save, async () => {
				try {
					await this.api.put(this.path('/recognition-preference'), {askFirst: ask.checked});
					this.announce(t('recognition-preference-saved'));
				}
				catch (error) {
					this.kit.showProblem(this.alert, error);
				}
			});
		}}}, element('div', {class: 'custom-control custom-checkbox'}, ask,
			controlLabel(askId, t('recognition-ask-me-first'))),
		element('p', {class: 'form-text', id: askHelpId}, t('recognition-ask-me-first-help')), save);

		replaceChildren(this.panel,
			element('h3', {class: 'h5'}, t('recognition-tab-mine')),
			preferenceForm,
			page.items.length ? element('div', {class: 'pv-recognitions'}, page.items.map((item) => this.card(item, () => this.renderMine(number))))
				: this.kit.emptyState(t('recognition-mine-empty')),
			this.kit.pagination(page, (next) => this.renderMine(next)));
	}

	// ---- moderation

	async renderReports() {
		const t = this.t;
		const reports = await this.load(() => this.api.get(this.path('/recognitions/reports')));

		if (!reports) {
			return;
		}

		const cards = reports.items.map((report) => {
			const holder = element('div');
			const id = encodeId(report.recognition.id);
			const hide = report.commentId
				? (reason) => this.api.post(this.path(`/recognitions/${id}/comments/${encodeId(report.commentId)}/moderate`), {reason})
				: (reason) => this.api.post(this.path(`/recognitions/${id}/moderate`), {reason});

			this.reasonForm(holder, t('recognition-moderation-reason'), report.commentId ? 'moderate-comment' : 'moderate', hide,
				t('recognition-moderated'), false);

			return element('section', {class: 'pv-report'},
				this.card(report.recognition, () => this.renderReports()),
				report.commentText ? element('p', null, element('strong', null, t('recognition-reported-comment')), ' ', report.commentText) : null,
				report.reasons.length ? element('ul', {'aria-label': t('recognition-report-reasons')},
					report.reasons.map((reason) => element('li', null, reason))) : null,
				holder);
		});

		replaceChildren(this.panel, element('h3', {class: 'h5'}, t('recognition-tab-reports')),
			cards.length ? cards : this.kit.emptyState(t('recognition-no-reports')));
	}

	// ---- equity (VIEW_INSIGHTS): two accessible tables and the CSV

	async renderEquity() {
		const t = this.t;
		const equity = await this.load(() => this.api.get(this.path('/recognition-insights')));

		if (!equity) {
			return;
		}

		const table = (caption, firstColumn, rows, label, withHeadcount, name) => {
			const head = element('tr', null, element('th', {scope: 'col'}, firstColumn),
				withHeadcount ? element('th', {scope: 'col'}, t('recognition-equity-people')) : null,
				equity.months.map((month) => element('th', {scope: 'col'}, monthLabel(month, this.locale))));
			const body = rows.map((row) => element('tr', {'data-row': row.name},
				element('th', {scope: 'row'}, label(row.name)),
				withHeadcount ? element('td', null, row.headcount === null || row.headcount === undefined
					? t('recognition-equity-fewer-than-five') : String(row.headcount)) : null,
				row.cells.map((cell) => element('td', {'data-fewer-than-five': String(cell.received === null || cell.received === undefined)},
					equityCellText(t, cell, this.locale)))));

			return element('div', {class: 'table-responsive', role: 'region', 'aria-label': caption, tabindex: '0'},
				element('table', {class: 'table table-sm pv-equity', 'data-table': name},
					element('caption', null, caption), element('thead', null, head), element('tbody', null, body)));
		};

		replaceChildren(this.panel,
			element('h3', {class: 'h5'}, t('recognition-equity-title')),
			element('p', {class: 'form-text'}, t('recognition-equity-help')),
			table(t('recognition-equity-groups-caption'), t('recognition-equity-group'), equity.groups, (group) => t(roleGroupLabelKey(group)),
				true, 'groups'),
			table(t('recognition-equity-values-caption'), t('recognition-values'), equity.values, (value) => valueLabel(t, value), false,
				'values'),
			element('div', {class: 'pv-button-row'}, element('a', {class: 'btn btn-secondary', 'data-action': 'equity-csv',
				download: 'recognition-equity.csv', href: `${this.api.apiBase}${this.path('/recognition-insights/export.csv')}`},
			t('recognition-equity-download-csv'))));
	}
}

if (!customElements.get('pv-recognition-board')) {
	customElements.define('pv-recognition-board', RecognitionBoard);
}
