/**
 * <pv-town-hall>: Town-Hall Feedback (docs/town-hall.md). Rendered into the light DOM so that the portal's Clay theme
 * styles it; talks to the town-hall operations of the REST API (openapi.yaml, tag town-halls). Headings start at h3.
 *
 * Attributes: site-id, api-base, ui-base, csrf-token, locale, user-name (as <pv-suggestion-box>); suggestion-box-url, the page
 * of the site's suggestion box that questions taken forward link to (default: this page).
 *
 * Views, kept in the URL fragment (prefix "pvt-"): the list (default); a town hall's page (pvt-id), opened at one of its
 * questions with pvt-question (what a suggestion taken forward links to: its tab chosen, the question focused); its moderation
 * queue (pvt-view=moderate); the presenter view for the big screen (pvt-view=presenter); the leadership form
 * (pvt-view=edit, without pvt-id for a new town hall); the receipt look-up (pvt-view=receipt).
 *
 * Hooks for browser tests:
 *   list        section[data-list=live|upcoming|past] a[data-town-hall-id=<id>]; button[data-action=new-town-hall]
 *   page        [data-town-hall=<id>][data-state=<STATE>]; [data-starts] (in the viewer's time zone)
 *   ask         form[data-form=ask]: textarea[name=text], select[name=topic], input[type=radio][name=anonymous][value=false|true],
 *               button[data-action=ask]; privacy warnings as in <pv-suggestion-box> ([data-privacy-warnings],
 *               button[data-action=edit-text|post-anyway]); receipt: the shared panel of pv-receipt.js
 *   questions   tabs button[role=tab][data-question-tab=open|answered|dismissed]; select[name=sort]; the question a link
 *               asked for (#pvt-id=<id>&pvt-question=<questionId>) has data-linked-question and the focus;
 *               article[data-question-id=<id>][data-question-state=<STATE>] with [data-question-text], [data-vote-count],
 *               button[data-action=vote][aria-pressed]; [data-highlighted-question]; live region [data-live-announcer]
 *   own         button[data-action=edit-question|withdraw-question], form[data-form=edit-question];
 *               "Your questions": section[data-my-questions] article[data-question-id] (pending and decided ones too)
 *   moderation  article[data-question-id] button[data-action=approve|dismiss|merge|highlight|answer|edit-text];
 *               input[type=checkbox][name=selected] and button[data-action=approve-selected]; button[data-action=shortcut-help]
 *   presenter   [data-presenter] [data-presenter-highlighted], ol[data-presenter-next] li, [data-poll-results]
 *   polls       form[data-form=poll-<id>] input[name=option], button[data-action=vote-poll]; [data-poll-results]
 *   feedback    form[data-form=feedback]: input[name=rating], input[name=answered], textarea[name=comment]
 *   follow-up   [data-follow-up] a[data-suggestion-link]
 *   leadership  form[data-form=town-hall]: fields named as the API's; button[data-action=save-town-hall|state-*]; the page of a draft: button[data-action=publish]
 */

import {ApiProblem, CSRF_TOKEN_HEADER, encodeId} from './pv-api.js';
import {adoptBaseStyles, element, ensureStylesheet, isolated, replaceChildren, sentence, uniqueId} from './pv-dom.js';
import {loadTranslator} from './pv-i18n.js';
import {createKit} from './pv-kit.js';
import {readFragment, rememberInLocation} from './pv-location.js';
import {readMount} from './pv-mount.js';
import {receiptPanel, showReceiptProblem} from './pv-receipt.js';
import {categoryLabel} from './pv-suggestion-settings.js';

// The limits of openapi.yaml (town-hall schemas) and TownHallLimits in peervoice-core; ContractLimitsTest (REST module) checks them.
export const TOWN_HALL_LIMITS = {
	TOWN_HALL_TITLE_MAX: 150,
	TOWN_HALL_DESCRIPTION_MAX: 5000,
	TOWN_HALL_PLACE_MAX: 200,
	TOWN_HALL_MEETING_URL_MAX: 500,
	TOWN_HALL_QUESTION_MAX: 300,
	TOWN_HALL_ANSWER_MAX: 2000,
	TOWN_HALL_DISMISS_TEXT_MAX: 300,
	TOWN_HALL_SEARCH_MAX: 100,
	TOWN_HALL_POLL_QUESTION_MAX: 200,
	TOWN_HALL_POLL_OPTION_MAX: 100,
	TOWN_HALL_POLL_OPTIONS_MIN: 2,
	TOWN_HALL_POLL_OPTIONS_MAX: 10,
	TOWN_HALL_FEEDBACK_COMMENT_MAX: 1000,
	TOWN_HALL_FEEDBACK_DAYS_MAX: 90,
	TOWN_HALL_LIVE_MIXING_SECONDS_MIN: 10,
	TOWN_HALL_LIVE_MIXING_SECONDS_MAX: 60,
	TOWN_HALL_SMALL_GROUP: 5,
	// TownHallLimits.LIVE_MIN_BATCH_QUESTIONS: while LIVE an anonymous question appears in a batch of at least this many
	TOWN_HALL_LIVE_MIN_BATCH_QUESTIONS: 3,
};

export const QUESTION_TABS = ['open', 'answered', 'dismissed'];
export const DISMISS_REASONS = ['OFF_TOPIC', 'DUPLICATE', 'ANSWERED_ELSEWHERE', 'NOT_APPROPRIATE', 'OTHER'];
export const ANSWERED_CHOICES = ['YES', 'PARTLY', 'NO', 'DID_NOT_ASK'];
// the follow-up's counts, in the order shown (openapi.yaml, TownHallFollowUp)
export const FATES = ['answeredLive', 'answeredInWriting', 'TAKEN_FORWARD', 'DISMISSED', 'MERGED', 'WITHDRAWN', 'OPEN', 'PENDING'];
const VIEWS = ['page', 'moderate', 'presenter', 'edit', 'receipt'];
/** The steps attendees cannot be given back (no more asking, voting, answering): leadership confirms them first. */
export const IRREVERSIBLE_STATES = ['ENDED', 'ARCHIVED'];
/** The steps a town hall's own page offers leadership among its tools (the edit form offers every allowed step). */
export const PAGE_STEPS = ['SCHEDULED', 'LIVE', 'ENDED'];
const LOCATION_PREFIX = 'pvt-';

/** How often a live view asks whether anything changed (the issue's bound is 2 s; docs/town-hall.md). */
export const TOWN_HALL_LIVE_POLL_MILLISECONDS = 1500;

/**
 * What an anonymous asker is told about when their question appears, as a language key and its arguments: while the
 * meeting is live, together with at least (batch - 1) others or at the end of the meeting (docs/town-hall.md).
 */
export function anonymousAppearance(hall) {
	return hall.state === 'LIVE'
		? ['town-hall-anonymous-question-appears-live-x-x', TOWN_HALL_LIMITS.TOWN_HALL_LIVE_MIN_BATCH_QUESTIONS - 1, hall.liveMixingSeconds]
		: ['town-hall-anonymous-question-appears-later'];
}

/** The view state from the URL fragment: a known view, an id of sane length, known tabs and sorts. */
export function townHallState(fragment) {
	const state = {};
	const id = fragment.id;

	if (typeof id === 'string' && /^[A-Za-z0-9-]{1,36}$/.test(id)) {
		state.id = id;
	}

	state.view = VIEWS.includes(fragment.view) ? fragment.view : state.id ? 'page' : 'list';

	if (['page', 'moderate', 'presenter'].includes(state.view) && !state.id) {
		state.view = 'list';
	}

	state.tab = QUESTION_TABS.includes(fragment.tab) ? fragment.tab : 'open';
	state.sort = fragment.sort === 'recent' ? 'recent' : 'popular';

	if (state.view === 'page' && typeof fragment.question === 'string' && /^[A-Za-z0-9-]{1,36}$/.test(fragment.question)) {
		state.question = fragment.question;
	}

	return state;
}

/** The states each question tab lists: answered ones with those taken forward, dismissed ones with merged ones. */
export const TAB_STATES = {
	answered: ['ANSWERED', 'TAKEN_FORWARD'],
	dismissed: ['DISMISSED', 'MERGED'],
	open: ['OPEN', 'HIGHLIGHTED'],
};

/** The question tab a question belongs in: pending, open and highlighted ones are "open". */
export function questionTab(question) {
	if (TAB_STATES.answered.includes(question.state)) {
		return 'answered';
	}

	if (['DISMISSED', 'MERGED', 'WITHDRAWN'].includes(question.state)) {
		return 'dismissed';
	}

	return 'open';
}

/** Questions of a tab in the chosen order: popular (most votes, then newest) or recent (newest first). */
export function sortQuestions(questions, sort) {
	const newest = (a, b) => String(b.createdAt || '').localeCompare(String(a.createdAt || ''));

	return questions.slice().sort(sort === 'recent' ? newest
		: (a, b) => (b.voteCount || 0) - (a.voteCount || 0) || newest(a, b));
}

/** The ids of questions that appeared since the last answer: what the live region announces. */
export function newQuestionIds(previous, next) {
	const known = new Set((previous || []).map((question) => question.id));

	return (next || []).filter((question) => !known.has(question.id)).map((question) => question.id);
}

/**
 * A poll's results as shown: only when the server shows them and at least 5 people answered (small groups, see
 * docs/town-hall.md); percentages of the people who answered (a multiple-choice poll's may add up to more than 100).
 */
export function pollResultsDisplay(poll) {
	const responses = poll.responseCount || 0;
	const options = poll.options || [];

	if (!poll.resultsShown || responses < TOWN_HALL_LIMITS.TOWN_HALL_SMALL_GROUP || options.some((option) => option.count === null)) {
		return {responses, shown: false};
	}

	return {
		responses,
		rows: options.map((option) => ({
			count: option.count || 0,
			label: option.text,
			percent: Math.round(((option.count || 0) * 100) / responses),
		})),
		shown: true,
	};
}

/** The top open questions after the highlighted one, for the presenter view and "advance". */
export function nextQuestions(questions, highlightedId, count) {
	return sortQuestions(questions.filter((question) => question.state === 'OPEN' && question.id !== highlightedId), 'popular')
		.slice(0, count);
}

/** A datetime-local input's value (the viewer's wall clock) as an instant, or null. */
export function instantOf(localValue) {
	if (!localValue) {
		return null;
	}

	const date = new Date(localValue);

	return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** An instant as a datetime-local input's value in the viewer's time zone. */
export function localInputValue(instant) {
	if (!instant) {
		return '';
	}

	const date = new Date(instant);
	const pad = (number) => String(number).padStart(2, '0');

	return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** The language key part of an API enum value: NOT_APPROPRIATE is not-appropriate. */
export function keyOf(value) {
	return String(value).toLowerCase().replace(/_/g, '-');
}

/** Whether a key press is a moderator shortcut: never while typing, never with a modifier a screen reader uses. */
export function shortcutOf(event, shortcuts) {
	const target = event.target;
	const typing = target && (['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName) || target.isContentEditable);

	if (typing || event.altKey || event.ctrlKey || event.metaKey) {
		return null;
	}

	return shortcuts[event.key] || null;
}

export const MODERATOR_SHORTCUTS = {
	'?': 'shortcut-help', a: 'approve', d: 'dismiss', h: 'highlight', j: 'next', k: 'previous', m: 'answer',
};

export const PRESENTER_SHORTCUTS = {
	ArrowRight: 'advance', N: 'advance', PageDown: 'advance', f: 'fullscreen', n: 'advance',
};


class TownHall extends HTMLElement {
	connectedCallback() {
		if (this.started) {
			return;
		}

		this.started = true;
		adoptBaseStyles(this);
		this.start();
	}

	disconnectedCallback() {
		this.stopLive();
		this.pageInert(false);
	}

	/**
	 * While the presenter view covers the window, the page around it is inert (every sibling of the view and of each of
	 * its ancestors, also one the page adds while it is open, such as a notice appended to the body): Tab and screen
	 * readers stay in the view instead of reaching links hidden behind it. On leaving it, only what it made inert is
	 * restored: what was inert before stays so.
	 */
	pageInert(inert) {
		if (!inert) {
			if (this.pageWatch) {
				this.pageWatch.disconnect();
				this.pageWatch = null;
			}
			(this.inertSiblings || []).forEach((node) => {
				node.inert = false;
			});
			this.inertSiblings = null;
			return;
		}
		if (this.inertSiblings) {
			return;
		}
		this.inertSiblings = [];
		this.pageWatch = new MutationObserver((changes) => changes.forEach((change) => change.addedNodes.forEach((node) => this.makeInert(node))));
		for (let node = this.frame; node && node.parentElement && node !== document.body; node = node.parentElement) {
			for (const sibling of node.parentElement.children) {
				this.makeInert(sibling);
			}
			this.pageWatch.observe(node.parentElement, {childList: true});
		}
	}

	// a node beside the presenter view made inert, to be restored on leaving it: not one holding the view, nor one inert already
	makeInert(node) {
		if (node.nodeType === Node.ELEMENT_NODE && !node.contains(this.frame) && !node.inert
			&& !['SCRIPT', 'STYLE', 'TEMPLATE', 'LINK', 'META'].includes(node.tagName)) {
			node.inert = true;
			this.inertSiblings.push(node);
		}
	}

	async start() {
		Object.assign(this, readMount(this, import.meta.url));
		this.t = await loadTranslator(this.uiBase, this.locale);
		this.kit = createKit(this.t, {
			fieldName: (field) => this.fieldLabel(field),
			limits: {
				answer: TOWN_HALL_LIMITS.TOWN_HALL_ANSWER_MAX,
				comment: TOWN_HALL_LIMITS.TOWN_HALL_FEEDBACK_COMMENT_MAX,
				description: TOWN_HALL_LIMITS.TOWN_HALL_DESCRIPTION_MAX,
				meetingUrl: TOWN_HALL_LIMITS.TOWN_HALL_MEETING_URL_MAX,
				place: TOWN_HALL_LIMITS.TOWN_HALL_PLACE_MAX,
				question: TOWN_HALL_LIMITS.TOWN_HALL_POLL_QUESTION_MAX,
				text: TOWN_HALL_LIMITS.TOWN_HALL_QUESTION_MAX,
				title: TOWN_HALL_LIMITS.TOWN_HALL_TITLE_MAX,
			},
		});
		ensureStylesheet(`${this.uiBase}/pv-town-hall.css`);
		this.alert = this.kit.alertRegion();
		this.announcer = element('div', {'aria-live': 'polite', class: 'sr-only', 'data-live-announcer': '', role: 'status'});
		this.main = element('div', {class: 'pv-town-hall-view', tabindex: '-1'});
		this.frame = element('div', {class: 'pv-frame pv-town-hall', lang: this.language}, this.announcer, this.alert, this.main);
		replaceChildren(this, this.frame);

		try {
			this.me = await this.api.get('/me', {siteId: this.siteId});
		}
		catch (error) {
			this.kit.showProblem(this.alert, error);

			return;
		}

		this.permissions = (this.me && this.me.permissions) || [];

		if (!this.me || !this.me.signedIn || !this.can('VIEW')) {
			replaceChildren(this.main, element('div', {class: 'alert alert-info'}, this.t('town-hall-sign-in')));

			return;
		}

		try {
			this.categories = (await this.api.get(`/sites/${encodeId(this.siteId)}/suggestion-settings`)).categories || [];
		}
		catch (error) {
			this.categories = [];
		}

		this.onVisibility = () => this.visibilityChanged();
		document.addEventListener('visibilitychange', this.onVisibility);
		this.presenterKeys = (event) => this.presenterShortcut(event);
		document.addEventListener('keydown', this.presenterKeys);
		window.addEventListener('hashchange', () => this.followLocation());
		this.followLocation();
	}

	can(permission) {
		return this.permissions.includes(permission);
	}

	fieldLabel(field) {
		const labels = {
			anonymous: 'town-hall-how-to-ask', answer: 'town-hall-written-answer', choices: 'town-hall-poll-options',
			comment: 'town-hall-feedback-comment', description: 'town-hall-description', endsAt: 'town-hall-ends',
			feedbackDays: 'town-hall-feedback-days', liveMixingSeconds: 'town-hall-live-mixing-seconds',
			meetingUrl: 'town-hall-meeting-link', options: 'town-hall-poll-options', place: 'town-hall-place',
			question: 'town-hall-poll-question', questionsOpenAt: 'town-hall-questions-open-at', rating: 'town-hall-rating',
			reason: 'town-hall-dismiss-reason', receipt: 'receipt', startsAt: 'town-hall-starts', text: 'town-hall-your-question',
			timeZone: 'town-hall-time-zone', title: 'town-hall-title', topic: 'town-hall-topic', topics: 'town-hall-topics',
		};
		const base = String(field).replace(/\[\d+\]$/, '');

		return labels[base] ? this.t(labels[base]) : field;
	}

	topicLabel(key) {
		const category = (this.categories || []).find((candidate) => candidate.key === key);

		return category ? categoryLabel(this.t, this.categories, key) : key;
	}

	// the topics a question may take: the town hall's, or every open category of the site when it has none
	topicChoices(hall) {
		const keys = hall.topics && hall.topics.length ? hall.topics
			: (this.categories || []).filter((category) => !category.retired).map((category) => category.key);

		return keys.map((key) => [key, this.topicLabel(key)]);
	}

	// ---- navigation

	followLocation() {
		this.go(townHallState(readFragment(window.location.hash, LOCATION_PREFIX)), false);
	}

	go(state, remember) {
		this.stopLive();
		this.state = Object.assign({sort: 'popular', tab: 'open'}, state);
		this.kit.clearAlert(this.alert);
		this.frame.classList.toggle('pv-presenter-frame', this.state.view === 'presenter');
		this.pageInert(this.state.view === 'presenter');

		if (remember) {
			this.remember(false);
		}

		const renderers = {
			edit: () => this.renderEdit(),
			list: () => this.renderList(),
			moderate: () => this.renderModeration(),
			page: () => this.renderPage(),
			presenter: () => this.renderPresenter(),
			receipt: () => this.renderReceiptLookup(),
		};

		renderers[this.state.view]();
	}

	remember(replace) {
		rememberInLocation(LOCATION_PREFIX, {
			id: this.state.id || null,
			question: this.state.question || null,
			sort: this.state.sort === 'popular' ? null : this.state.sort,
			tab: this.state.tab === 'open' ? null : this.state.tab,
			view: this.state.view === 'list' || this.state.view === 'page' ? null : this.state.view,
		}, replace);
	}

	link(label, state, attributes) {
		return element('a', Object.assign({
			href: '#',
			on: {click: (event) => {
				event.preventDefault();
				this.go(state, true);
				this.main.focus();
			}},
		}, attributes || {}), label);
	}

	backToList() {
		return element('p', null, this.link(this.t('town-hall-all-town-halls'), {view: 'list'}, {'data-action': 'back-to-list'}));
	}

	backToPage(hall) {
		return element('p', null, this.link(this.t('town-hall-back-to-town-hall'), {id: hall.id, view: 'page'}, {'data-action': 'back-to-page'}));
	}

	async load(work) {
		replaceChildren(this.main, this.kit.loading());

		try {
			return await work();
		}
		catch (error) {
			replaceChildren(this.main, this.backToList());
			this.kit.showProblem(this.alert, error);

			return null;
		}
	}

	formatWhen(instant) {
		if (!instant) {
			return '';
		}

		return new Intl.DateTimeFormat(String(this.locale).replace('_', '-'), {dateStyle: 'full', timeStyle: 'short'})
			.format(new Date(instant));
	}

	viewerTimeZone() {
		return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
	}

	stateLabel(state) {
		return element('span', {class: `label ${state === 'LIVE' ? 'label-danger' : 'label-secondary'}`, 'data-state-label': state},
			this.t(`town-hall-state-${keyOf(state)}`));
	}

	announce(text) {
		this.announcer.textContent = '';
		window.setTimeout(() => {
			this.announcer.textContent = text;
		}, 50);
	}

	// ---- list of town halls

	async renderList() {
		const t = this.t;
		const groups = ['live', 'upcoming', 'past'].concat(this.can('MANAGE_TOWN_HALLS') ? ['drafts'] : []);
		const pages = await this.load(() => Promise.all(groups.map((when) => this.api.get(`/sites/${encodeId(this.siteId)}/town-halls`,
			{pageSize: 50, when}))));

		if (!pages) {
			return;
		}

		const section = (name, page) => {
			const headingId = uniqueId('pv-th-list');
			const items = page.items || [];

			return element('section', {'aria-labelledby': headingId, class: 'pv-th-list', 'data-list': name},
				element('h3', {class: 'h4', id: headingId}, t(`town-hall-list-${name}`)),
				items.length ? element('ul', {class: 'list-unstyled'}, items.map((hall) => element('li', {class: 'pv-th-list-item'},
					this.link(hall.title, {id: hall.id, view: 'page'}, {'data-town-hall-id': hall.id, dir: 'auto'}), ' ', this.stateLabel(hall.state),
					element('div', {class: 'text-secondary pv-small'}, this.formatWhen(hall.startsAt)))))
					: element('p', {class: 'text-secondary'}, t(`town-hall-list-${name}-empty`)));
		};
		const create = this.can('MANAGE_TOWN_HALLS') ? this.kit.button(t('town-hall-new'), {
			class: 'btn btn-primary', 'data-action': 'new-town-hall', on: {click: () => this.go({view: 'edit'}, true)},
		}) : null;

		replaceChildren(this.main, element('div', {class: 'pv-button-row pv-th-toolbar'}, create,
			this.link(t('town-hall-check-a-receipt'), {view: 'receipt'}, {class: 'btn btn-secondary', 'data-action': 'open-receipt'})),
		groups.map((name, index) => section(name, pages[index])));
	}

	// ---- a town hall's page

	async renderPage() {
		const t = this.t;
		const loaded = await this.load(() => Promise.all([
			this.api.get(`/town-halls/${encodeId(this.state.id)}/live`, {sort: this.state.sort}),
			this.api.get(`/town-halls/${encodeId(this.state.id)}/polls`),
		]));

		if (!loaded) {
			return;
		}

		const [live, polls] = loaded;
		const hall = live.townHall;
		const headingId = uniqueId('pv-th-title');
		const tools = [];

		this.hall = hall;
		this.questions = live.questions || [];
		this.highlighted = live.highlighted || null;
		this.openCount = live.openQuestionCount;
		this.questionsHolder = element('section', {'aria-label': t('town-hall-questions'), class: 'pv-th-questions'});
		this.pollsHolder = element('section', {'aria-label': t('town-hall-polls'), class: 'pv-th-polls'});
		this.highlightHolder = element('div', {class: 'pv-th-highlight-holder'});
		this.mineHolder = element('section', {'aria-label': t('town-hall-your-questions'), class: 'pv-th-mine', 'data-my-questions': ''});

		if (this.can('MODERATE')) {
			tools.push(this.link(t('town-hall-moderation-queue'), {id: hall.id, view: 'moderate'}, {class: 'btn btn-secondary btn-sm',
				'data-action': 'open-moderation'}));
		}

		tools.push(this.link(t('town-hall-presenter-view'), {id: hall.id, view: 'presenter'}, {class: 'btn btn-secondary btn-sm',
			'data-action': 'open-presenter'}));

		const toolAlert = this.kit.alertRegion();

		if (this.can('MANAGE_TOWN_HALLS')) {
			// first: the page's next step (publish a draft, go live, end the meeting), without opening the edit form
			const steps = PAGE_STEPS.filter((state) => (hall.allowedStates || []).includes(state)).map((state) => this.moveButton(hall, state,
				toolAlert, {class: `btn ${state === 'ENDED' ? 'btn-outline-danger' : 'btn-primary'} btn-sm`,
					'data-action': state === 'SCHEDULED' ? 'publish' : `state-${keyOf(state)}`}));

			tools.unshift(...steps);

			tools.push(this.link(t('town-hall-edit'), {id: hall.id, view: 'edit'}, {class: 'btn btn-secondary btn-sm',
				'data-action': 'edit-town-hall'}));
		}

		replaceChildren(this.main, this.backToList(),
			element('article', {'aria-labelledby': headingId, class: 'pv-th-page', 'data-state': hall.state, 'data-town-hall': hall.id},
				element('h3', {id: headingId}, isolated(hall.title), ' ', this.stateLabel(hall.state)),
				this.details(hall),
				toolAlert,
				element('div', {class: 'pv-button-row pv-th-toolbar'}, tools),
				this.highlightHolder,
				this.askSection(hall),
				this.mineHolder,
				this.questionsHolder,
				this.pollsHolder,
				this.afterMeeting(hall)));

		this.drawHighlight();
		this.drawMine();

		if (this.state.question) {
			this.showLinkedQuestion(this.state.question);
		}
		else {
			this.drawQuestions();
		}

		this.drawPolls(polls.items || [], this.pollsHolder, false);

		if (hall.state === 'LIVE') {
			this.startLive(hall);
		}
	}

	details(hall) {
		const t = this.t;
		const link = hall.meetingUrl && /^https?:\/\//i.test(hall.meetingUrl)
			? element('a', {href: hall.meetingUrl, rel: 'noopener noreferrer', target: '_blank'}, t('town-hall-join-online')) : null;

		return element('dl', {class: 'pv-th-details'},
			element('dt', null, t('town-hall-when')),
			element('dd', {'data-starts': hall.startsAt}, `${this.formatWhen(hall.startsAt)} \u2013 ${this.formatWhen(hall.endsAt)}`,
				element('div', {class: 'text-secondary pv-small'}, t('town-hall-times-in-x', this.viewerTimeZone()))),
			hall.place || link ? [element('dt', null, t('town-hall-place')), element('dd', null, hall.place ? isolated(hall.place) : '', hall.place && link ? ' \u00b7 ' : '',
				link)] : null,
			hall.description ? [element('dt', null, t('town-hall-description')),
				element('dd', {class: 'pv-th-text', dir: 'auto'}, hall.description)] : null,
			hall.feedbackOpenUntil && hall.feedbackOpen ? [element('dt', null, t('town-hall-feedback')),
				element('dd', null, t('town-hall-feedback-open-until-x', this.formatWhen(hall.feedbackOpenUntil)))] : null);
	}

	// ---- asking

	askSection(hall) {
		if (this.can('SUBMIT') && !hall.questionsOpen && hall.state === 'SCHEDULED' && hall.questionsOpenAt) {
			return element('p', {class: 'alert alert-info', 'data-questions-open-at': hall.questionsOpenAt},
				this.t('town-hall-questions-open-from-x', this.formatWhen(hall.questionsOpenAt)));
		}

		if (!this.can('SUBMIT') || !hall.questionsOpen) {
			return null;
		}

		const t = this.t;
		const container = element('section', {'aria-label': t('town-hall-ask-a-question'), class: 'sheet pv-th-ask'});
		const showForm = (notice) => {
			const noticeElement = notice ? element('div', {class: 'alert alert-success', 'data-ask-notice': '', tabindex: '-1'}, notice) : null;

			replaceChildren(container, element('h4', null, t('town-hall-ask-a-question')), noticeElement,
				this.askForm(hall, (created) => showReceipt(created), showForm));

			if (noticeElement) {
				noticeElement.focus();
			}
		};
		const showReceipt = (created) => {
			const panel = receiptPanel({explanationKey: 'town-hall-receipt-explanation', fileName: 'peervoice-town-hall-receipt.txt', kit: this.kit,
				onDismiss: () => showForm(this.askedNotice(hall, created)), receipt: created.receipt, t});

			replaceChildren(container, panel);
			panel.focus();
		};

		showForm(null);

		return container;
	}

	askedNotice(hall, created) {
		if (created.anonymous) {
			const [key, ...values] = anonymousAppearance(hall);

			return this.t(key, ...values);
		}

		return created.state === 'PENDING' ? this.t('town-hall-question-sent-to-moderators') : this.t('town-hall-question-posted');
	}

	askForm(hall, showReceipt, showForm) {
		const t = this.t;
		const alert = this.kit.alertRegion();
		const warnings = element('div', {'data-privacy-warnings': '', role: 'alert'});
		const text = this.kit.textField({label: t('town-hall-your-question'), max: TOWN_HALL_LIMITS.TOWN_HALL_QUESTION_MAX, multiline: true,
			name: 'text', required: true, rows: 3});
		const topic = this.kit.selectField('topic', t('town-hall-topic'), [['', t('town-hall-choose-a-topic')]].concat(this.topicChoices(hall)),
			'', true);
		const choice = this.anonymityChoice(hall.anonymousQuestionsAllowed, hall.state === 'LIVE');
		const ask = element('button', {class: 'btn btn-primary', 'data-action': 'ask', type: 'submit'}, t('town-hall-ask'));
		const fields = {text, topic, anonymous: choice};
		const form = element('form', {'data-form': 'ask', novalidate: true},
			element('p', {class: 'pv-small text-secondary'}, element('span', {'aria-hidden': 'true', class: 'pv-required-mark'}, '* '),
				t('required-fields-are-marked-with-an-asterisk')),
			alert, text.group, topic.group, choice.group, warnings, element('div', {class: 'pv-button-row'}, ask));
		const showErrors = (errors) => {
			let first = null;

			for (const [name, field] of Object.entries(fields)) {
				field.setError(errors[name] || null);
				first = first || (errors[name] ? field : null);
			}

			return first;
		};
		const send = async (confirmPrivacyWarnings) => {
			const values = {anonymous: choice.value(), text: text.control.value.trim(), topic: topic.control.value};
			const errors = {};

			if (!values.text) {
				errors.text = t('town-hall-write-your-question');
			}

			if (!values.topic) {
				errors.topic = t('town-hall-choose-a-topic');
			}

			if (values.anonymous === null) {
				errors.anonymous = t('choose-how-to-post');
			}

			this.kit.clearAlert(alert);

			const firstInvalid = showErrors(errors);

			if (firstInvalid) {
				replaceChildren(warnings);
				firstInvalid.control.focus();

				return;
			}

			try {
				const created = await this.api.post(`/town-halls/${encodeId(hall.id)}/questions`, {
					anonymous: values.anonymous,
					confirmPrivacyWarnings: Boolean(confirmPrivacyWarnings),
					text: values.text,
					topic: values.topic,
				});

				if (created.receipt) {
					showReceipt(created);
				}
				else {
					showForm(this.askedNotice(hall, created));
					this.drawMine();
				}

				this.refreshLive();
			}
			catch (error) {
				if (error instanceof ApiProblem && error.status === 422 && error.warnings.length) {
					this.privacyWarnings(warnings, error.warnings, () => send(true), () => text.control.focus());

					return;
				}

				replaceChildren(warnings);
				this.kit.showProblem(alert, error);

				if (error instanceof ApiProblem) {
					showErrors(this.kit.fieldErrors(error));
				}
			}
		};

		form.addEventListener('submit', (event) => {
			event.preventDefault();
			this.kit.busy(ask, () => send(false));
		});

		return form;
	}

	// named or anonymous: a radio group the asker answers (nothing preselected when both are possible)
	anonymityChoice(anonymousAllowed, live) {
		const t = this.t;
		const name = this.getAttribute('user-name') || (this.me && this.me.name) || '';
		const errorId = uniqueId('pv-error');
		const feedback = element('div', {class: 'form-feedback-group', hidden: true, id: errorId});
		const choices = [['false', t('post-with-my-name'), name ? sentence(t, 'town-hall-ask-with-name-x', name) : t('post-with-my-name-help')]];

		if (anonymousAllowed) {
			choices.push(['true', t('post-anonymously'), live
				? t('town-hall-ask-anonymously-live-help-x', TOWN_HALL_LIMITS.TOWN_HALL_LIVE_MIN_BATCH_QUESTIONS - 1)
				: t('town-hall-ask-anonymously-help')]);
		}

		const inputs = [];
		const options = choices.map(([value, label, help]) => {
			const helpId = uniqueId('pv-help');
			const input = element('input', {'aria-describedby': helpId, class: 'custom-control-input', id: uniqueId('pv-field'),
				name: 'anonymous', type: 'radio', value});

			inputs.push(input);

			return element('div', {class: 'custom-control custom-radio'},
				element('label', {for: input.id}, input, element('span', {class: 'custom-control-label'},
					element('span', {class: 'custom-control-label-text'}, label))),
				element('div', {class: 'form-text', id: helpId}, help));
		});
		const legendId = uniqueId('pv-legend');
		const group = element('fieldset', {'aria-labelledby': legendId, class: 'form-group pv-th-anonymity'},
			element('legend', {class: 'pv-legend', id: legendId}, t('town-hall-how-to-ask'), this.kit.requiredMark()),
			anonymousAllowed ? null : element('p', {class: 'text-secondary pv-small'}, t('town-hall-named-questions-only')),
			options, feedback);

		if (!anonymousAllowed) {
			inputs[0].checked = true;
		}

		return {
			control: inputs[0],
			group,
			setError(message) {
				group.classList.toggle('has-error', Boolean(message));
				replaceChildren(feedback, message ? element('div', {class: 'form-feedback-item'}, message) : null);
				feedback.hidden = !message;

				for (const input of inputs) {
					if (message) {
						input.setAttribute('aria-invalid', 'true');
						input.setAttribute('aria-describedby', `${input.getAttribute('aria-describedby').split(' ')[0]} ${errorId}`);
					}
					else {
						input.removeAttribute('aria-invalid');
						input.setAttribute('aria-describedby', input.getAttribute('aria-describedby').split(' ')[0]);
					}
				}
			},
			value() {
				const chosen = inputs.find((input) => input.checked);

				return chosen ? chosen.value === 'true' : null;
			},
		};
	}

	// The screen found something: the asker edits the text or confirms it as it is (the kit's one rendering).
	privacyWarnings(holder, found, onConfirm, onEdit) {
		this.kit.privacyWarnings(holder, found, {confirmLabel: this.t('post-anyway'), onConfirm, onEdit});
	}

	// ---- questions

	drawHighlight() {
		const question = this.highlighted;

		if (!this.highlightHolder) {
			return;
		}

		replaceChildren(this.highlightHolder, question ? element('div', {class: 'alert alert-info pv-th-highlight',
			'data-highlighted-question': question.id},
		element('strong', null, this.t('town-hall-being-answered-now')), ' ', element('span', {class: 'pv-th-text', dir: 'auto'}, question.text)) : null);
	}

	// the open tab shows the live state; the answered and dismissed tabs are read when chosen
	async drawQuestions() {
		const t = this.t;
		const holder = this.questionsHolder;

		if (!holder) {
			return;
		}

		let shown;

		if (this.state.tab === 'open') {
			shown = (this.highlighted ? [this.highlighted] : []).concat(sortQuestions(this.questions, this.state.sort));
		}
		else {
			try {
				const pages = await Promise.all(TAB_STATES[this.state.tab].map((state) => this.api.get(
					`/town-halls/${encodeId(this.hall.id)}/questions`, {pageSize: 100, sort: this.state.sort, state})));

				shown = sortQuestions([].concat(...pages.map((page) => page.items || [])), this.state.sort);
			}
			catch (error) {
				this.kit.showProblem(this.alert, error);
				shown = [];
			}
		}

		// keep the focus on the same control when the list is drawn again (live updates)
		const active = holder.contains(document.activeElement) ? document.activeElement : null;
		const activeQuestion = active && active.closest('[data-question-id]');
		const refocus = active ? {action: active.getAttribute('data-action'), question: activeQuestion && activeQuestion.dataset.questionId,
			sort: active.name === 'sort', tab: active.getAttribute('data-question-tab')} : null;

		if (active && active.closest('form[data-form=edit-question]')) {
			return;
		}

		const tabIds = {};
		const panelId = uniqueId('pv-th-panel');
		const tabs = QUESTION_TABS.map((tab) => {
			tabIds[tab] = uniqueId('pv-th-tab');

			return element('button', {
				'aria-controls': panelId,
				'aria-selected': String(tab === this.state.tab),
				class: `nav-link btn btn-unstyled${tab === this.state.tab ? ' active' : ''}`,
				'data-question-tab': tab,
				id: tabIds[tab],
				on: {
					click: () => this.chooseQuestionTab(tab),
					keydown: (event) => {
						const index = QUESTION_TABS.indexOf(tab);
						const moves = {ArrowLeft: index - 1, ArrowRight: index + 1, End: QUESTION_TABS.length - 1, Home: 0};

						if (event.key in moves) {
							event.preventDefault();
							this.chooseQuestionTab(QUESTION_TABS[(moves[event.key] + QUESTION_TABS.length) % QUESTION_TABS.length]);
						}
					},
				},
				role: 'tab',
				tabindex: tab === this.state.tab ? '0' : '-1',
				type: 'button',
			}, t(`town-hall-tab-${tab}`));
		});
		const sort = this.kit.selectField('sort', t('town-hall-sort'), [['popular', t('town-hall-sort-popular')],
			['recent', t('town-hall-sort-recent')]], this.state.sort);

		sort.control.addEventListener('change', () => {
			this.state.sort = sort.control.value;
			this.remember(true);
			this.drawQuestions();
		});

		const count = this.state.tab === 'open' ? element('p', {class: 'text-secondary pv-small', 'data-open-count': ''},
			t('town-hall-x-open-questions', this.openCount === undefined ? shown.length : this.openCount)) : null;

		replaceChildren(holder,
			element('h4', null, t('town-hall-questions')),
			element('div', {'aria-label': t('town-hall-questions'), class: 'nav nav-underline pv-th-tabs', role: 'tablist'}, tabs),
			element('div', {'aria-labelledby': tabIds[this.state.tab], id: panelId, role: 'tabpanel'},
				element('div', {class: 'pv-th-sort'}, sort.group), count,
				shown.length ? element('ol', {class: 'list-unstyled pv-th-question-list'}, shown.map((question) => element('li', null,
					this.questionCard(question))))
					: this.kit.emptyState(t(`town-hall-no-questions-${this.state.tab}`))));

		if (refocus) {
			const selector = refocus.tab ? `[data-question-tab="${refocus.tab}"]` : refocus.sort ? 'select[name=sort]'
				: refocus.question && refocus.action ? `[data-question-id="${refocus.question}"] [data-action="${refocus.action}"]` : null;
			const again = selector ? holder.querySelector(selector) : null;

			if (again) {
				again.focus();
			}
		}
	}

	/*
	 * "Your questions": the signed-in person's own named questions with their state and fate, pending ones included; edit
	 * and withdraw while pending or open (questionCard). Anonymous questions are not here: their receipt follows them.
	 */
	async drawMine() {
		const holder = this.mineHolder;

		if (!holder || !this.hall) {
			return;
		}

		let mine;

		try {
			mine = (await this.api.get(`/town-halls/${encodeId(this.hall.id)}/my-questions`)).items || [];
		}
		catch (error) {
			this.kit.showProblem(this.alert, error);

			return;
		}

		if (holder.contains(document.activeElement)) {
			return;
		}

		replaceChildren(holder, mine.length ? [element('h4', null, this.t('town-hall-your-questions')),
			element('ol', {class: 'list-unstyled pv-th-question-list'}, mine.map((question) => element('li', null, this.questionCard(question))))]
			: null);
	}

	/*
	 * The question a link asked for (#pvt-question=, what a suggestion taken forward links to): its tab chosen, the card
	 * marked, scrolled to and focused. A question the viewer may not see (pending, say) leaves the page as it is.
	 */
	async showLinkedQuestion(questionId) {
		try {
			const question = await this.api.get(`/town-hall-questions/${encodeId(questionId)}`);

			this.state.tab = questionTab(question);
		}
		catch (error) {
			delete this.state.question;
		}

		this.remember(true);
		await this.drawQuestions();

		const card = this.questionsHolder && this.state.question
			? this.questionsHolder.querySelector(`article[data-question-id="${CSS.escape(questionId)}"]`) : null;

		if (card) {
			card.setAttribute('data-linked-question', '');
			card.setAttribute('tabindex', '-1');
			card.classList.add('pv-th-question-linked');

			if (card.scrollIntoView) {
				card.scrollIntoView({block: 'start'});
			}

			card.focus();
		}
	}

	async chooseQuestionTab(tab) {
		delete this.state.question;
		this.state.tab = tab;
		this.remember(true);
		await this.drawQuestions();

		const button = this.questionsHolder.querySelector(`[data-question-tab="${tab}"]`);

		if (button) {
			button.focus();
		}
	}

	mayVote(question) {
		return this.can('VOTE') && ['OPEN', 'HIGHLIGHTED'].includes(question.state) && !question.mine && this.hall
			&& ['SCHEDULED', 'LIVE'].includes(this.hall.state);
	}

	questionCard(question, actions) {
		const t = this.t;
		const votes = question.voteCount || 0;
		const vote = this.mayVote(question) ? this.kit.button(question.votedByMe ? t('town-hall-upvoted') : t('town-hall-upvote'), {
			'aria-pressed': String(Boolean(question.votedByMe)),
			class: `btn btn-sm ${question.votedByMe ? 'btn-primary' : 'btn-secondary'}`,
			'data-action': 'vote',
		}) : null;

		if (vote) {
			vote.addEventListener('click', () => this.kit.busy(vote, () => this.toggleVote(question)));
		}

		const outcome = [];

		if (question.answer) {
			outcome.push(element('div', {class: 'pv-th-answer', 'data-answer': ''},
				element('strong', null, question.answer.live ? t('town-hall-answered-live') : t('town-hall-answered-in-writing')),
				question.answer.text ? [' ', element('span', {class: 'pv-th-text', dir: 'auto'}, question.answer.text)] : null));
		}

		if (question.dismissal) {
			outcome.push(element('div', {'data-dismiss-reason': question.dismissal.reason},
				element('strong', null, t('town-hall-dismissed')), ' ', t(`town-hall-reason-${keyOf(question.dismissal.reason)}`),
				question.dismissal.text ? `: ${question.dismissal.text}` : ''));
		}

		if (question.mergedInto) {
			outcome.push(element('div', {'data-merged-into': question.mergedInto}, t('town-hall-merged-into-another')));
		}

		if (question.suggestionId) {
			outcome.push(element('div', {'data-taken-forward': ''}, t('town-hall-taken-forward'), ' ',
				element('a', {'data-suggestion-link': question.suggestionId, href: this.suggestionHref(question.suggestionId)},
					t('town-hall-see-the-suggestion'))));
		}

		return element('article', {
			class: `card pv-th-question${question.state === 'HIGHLIGHTED' ? ' pv-th-question-highlighted' : ''}`,
			'data-question-id': question.id,
			'data-question-state': question.state,
		}, element('div', {class: 'card-body'},
			element('p', {class: 'pv-th-text card-text', 'data-question-text': '', dir: 'auto'}, question.text),
			element('div', {class: 'pv-meta'},
				element('span', null, question.author ? isolated(question.author.name) : t('town-hall-anonymous')),
				question.topic ? element('span', {class: 'label label-secondary'}, this.topicLabel(question.topic)) : null,
				question.state === 'PENDING' ? element('span', {class: 'label label-warning'}, t('town-hall-question-state-pending')) : null,
				question.state === 'HIGHLIGHTED' ? element('span', {class: 'label label-info'}, t('town-hall-being-answered-now')) : null,
				question.state === 'WITHDRAWN' ? element('span', {class: 'label label-secondary'}, t('town-hall-question-state-withdrawn')) : null,
				question.corrected ? element('span', null, t('town-hall-corrected-by-moderator')) : null),
			outcome,
			element('div', {class: 'pv-button-row'},
				element('span', {'data-vote-count': String(votes)}, votes === 1 ? t('town-hall-one-vote') : t('town-hall-x-votes', votes)),
				vote,
				question.mine && ['PENDING', 'OPEN'].includes(question.state) ? this.ownQuestionActions(question, null) : null),
			actions || null));
	}

	suggestionHref(suggestionId) {
		const page = this.getAttribute('suggestion-box-url') || `${window.location.pathname}${window.location.search}`;

		return `${page}#pv-suggestion=${encodeURIComponent(suggestionId)}`;
	}

	async toggleVote(question) {
		const path = `/town-hall-questions/${encodeId(question.id)}/votes`;

		try {
			const tally = question.votedByMe ? await this.api.delete(path) : await this.api.post(path, {});

			question.votedByMe = tally.votedByMe;
			question.voteCount = tally.voteCount;
			this.drawQuestions();
			this.announce(tally.votedByMe ? this.t('town-hall-vote-counted-x', tally.voteCount)
				: this.t('town-hall-vote-retracted-x', tally.voteCount));
		}
		catch (error) {
			this.kit.showProblem(this.alert, error);
		}
	}

	// edit or withdraw one's own question: a named asker by the question, an anonymous one with the receipt
	ownQuestionActions(question, receipt) {
		const t = this.t;
		const holder = element('span', {class: 'pv-button-row'});
		const path = `/town-hall-questions/${encodeId(question.id)}`;
		const edit = this.kit.button(t('town-hall-edit-question'), {class: 'btn btn-secondary btn-sm', 'data-action': 'edit-question'});
		const withdraw = this.kit.button(t('town-hall-withdraw-question'), {class: 'btn btn-outline-danger btn-sm',
			'data-action': 'withdraw-question'});
		const withdrawHolder = element('span');
		const restore = () => replaceChildren(holder, edit, withdrawHolder);

		edit.addEventListener('click', () => {
			const alert = this.kit.alertRegion();
			// under pre-moderation an edited open question waits for a moderator again (docs/town-hall.md)
			const text = this.kit.textField({help: question.state === 'OPEN' ? t('town-hall-edit-open-question-help') : undefined,
				label: t('town-hall-your-question'), max: TOWN_HALL_LIMITS.TOWN_HALL_QUESTION_MAX, multiline: true,
				name: 'text', required: true, rows: 3, value: question.text});
			const warnings = element('div', {'data-privacy-warnings': '', role: 'alert'});
			const save = element('button', {class: 'btn btn-primary btn-sm', 'data-action': 'save-question', type: 'submit'}, t('town-hall-save'));
			const cancel = this.kit.button(t('cancel'), {class: 'btn btn-secondary btn-sm', 'data-action': 'cancel-edit-question'});
			const send = async (confirmPrivacyWarnings) => {
				const body = {confirmPrivacyWarnings: Boolean(confirmPrivacyWarnings), text: text.control.value.trim()};

				try {
					const saved = receipt ? await this.api.post('/town-hall-receipts/edit', Object.assign({receipt}, body))
						: await this.api.put(path, body);

					const backToModerators = saved.state === 'PENDING' && question.state !== 'PENDING';
					const card = holder.closest('article');

					question.text = saved.text;
					question.state = saved.state;
					restore();
					card.querySelector('[data-question-text]').textContent = saved.text;
					if (backToModerators) {
						card.setAttribute('data-question-state', 'PENDING');
						const meta = card.querySelector('.pv-meta');

						if (meta) {
							meta.appendChild(element('span', {class: 'label label-warning'}, t('town-hall-question-state-pending')));
						}
					}
					edit.focus();
					this.announce(backToModerators ? t('town-hall-question-edit-sent-to-moderators') : t('town-hall-question-saved'));
				}
				catch (error) {
					if (error instanceof ApiProblem && error.status === 422 && error.warnings.length) {
						this.privacyWarnings(warnings, error.warnings, () => send(true), () => text.control.focus());

						return;
					}

					this.kit.showProblem(alert, error);
				}
			};
			const form = element('form', {class: 'pv-th-inline-form', 'data-form': 'edit-question', novalidate: true,
				on: {submit: (event) => {
					event.preventDefault();
					this.kit.busy(save, () => send(false));
				}}}, alert, text.group, warnings, element('div', {class: 'pv-button-row'}, save, cancel));

			cancel.addEventListener('click', () => {
				restore();
				edit.focus();
			});
			replaceChildren(holder, form);
			text.control.focus();
		});

		this.kit.confirmation(withdrawHolder, withdraw, {
			cancelAction: 'cancel-withdraw-question',
			cancelLabel: t('cancel'),
			confirmAction: 'confirm-withdraw-question',
			confirmLabel: t('town-hall-withdraw-question'),
			onConfirm: async () => {
				try {
					await (receipt ? this.api.post('/town-hall-receipts/withdraw', {receipt}) : this.api.post(`${path}/withdraw`, {}));
					question.state = 'WITHDRAWN';
					replaceChildren(holder, element('span', {class: 'text-secondary', 'data-withdrawn': '', tabindex: '-1'},
						t('town-hall-question-withdrawn')));
					holder.firstChild.focus();
					this.announce(t('town-hall-question-withdrawn'));
				}
				catch (error) {
					this.kit.showProblem(this.alert, error);
				}
			},
			question: t('town-hall-withdraw-question-confirm'),
		});

		return restore();
	}

	// ---- live updates: conditional polling while LIVE, paused while the tab is hidden

	startLive(hall) {
		this.stopLive();
		this.live = {etag: null, failures: 0, hallId: hall.id, timer: null};
		this.scheduleLive(TOWN_HALL_LIVE_POLL_MILLISECONDS);
	}

	stopLive() {
		if (this.live && this.live.timer) {
			window.clearTimeout(this.live.timer);
		}

		this.live = null;
	}

	scheduleLive(delay) {
		if (!this.live || document.hidden || this.live.timer) {
			return;
		}

		this.live.timer = window.setTimeout(() => {
			this.live.timer = null;
			this.pollLive();
		}, delay);
	}

	visibilityChanged() {
		if (!this.live) {
			return;
		}

		window.clearTimeout(this.live.timer);
		this.live.timer = null;

		if (!document.hidden) {
			this.pollLive();
		}
	}

	async pollLive() {
		const live = this.live;

		if (!live || live.polling) {
			return;
		}

		live.polling = true;

		try {
			const answer = await this.api.getIfChanged(`/town-halls/${encodeId(live.hallId)}/live`, {sort: this.state.sort}, live.etag);

			live.failures = 0;

			if (answer.changed && this.live === live) {
				live.etag = answer.etag;
				this.applyLive(answer.body, true);
			}
		}
		catch (error) {
			live.failures += 1;

			if (error instanceof ApiProblem && [401, 403, 404].includes(error.status)) {
				this.kit.showProblem(this.alert, error);
				this.stopLive();
			}
		}
		finally {
			live.polling = false;
		}

		// back off while the server cannot be reached, up to 30 s
		if (this.live === live) {
			this.scheduleLive(Math.min(30000, TOWN_HALL_LIVE_POLL_MILLISECONDS * 2 ** Math.min(live.failures, 5)));
		}
	}

	async refreshLive() {
		if (!this.hall || !['page', 'moderate', 'presenter'].includes(this.state.view)) {
			return;
		}

		try {
			this.applyLive(await this.api.get(`/town-halls/${encodeId(this.hall.id)}/live`, {sort: this.state.sort}), false);
		}
		catch (error) {
			this.kit.showProblem(this.alert, error);
		}
	}

	applyLive(snapshot, announce) {
		if (!snapshot) {
			return;
		}

		const before = (this.questions || []).concat(this.highlighted ? [this.highlighted] : []);
		const after = snapshot.questions || [];
		const added = newQuestionIds(before, after.concat(snapshot.highlighted ? [snapshot.highlighted] : []));
		const stateChanged = snapshot.townHall && this.hall && snapshot.townHall.state !== this.hall.state;

		this.questions = after;
		this.highlighted = snapshot.highlighted || null;
		this.openCount = snapshot.openQuestionCount;

		if (this.state.view === 'page') {
			if (stateChanged) {
				this.renderPage();

				return;
			}

			if (this.state.tab === 'open') {
				this.drawQuestions();
			}

			this.drawHighlight();
			this.updatePollResults(snapshot.polls || [], this.pollsHolder);

			if (announce && added.length) {
				this.announce(added.length === 1 ? this.t('town-hall-one-new-question') : this.t('town-hall-x-new-questions', added.length));
			}
		}
		else if (this.state.view === 'presenter') {
			this.drawPresenter(snapshot);
		}
		else if (this.state.view === 'moderate') {
			this.drawQueue();
		}
	}

	// ---- polls

	drawPolls(polls, holder, manage) {
		const t = this.t;

		this.polls = polls;
		replaceChildren(holder, element('h4', null, t('town-hall-polls')),
			polls.length ? polls.map((poll) => this.pollCard(poll, manage)) : element('p', {class: 'text-secondary'}, t('town-hall-no-polls')),
			manage && this.hall && ['SCHEDULED', 'LIVE'].includes(this.hall.state) ? this.pollForm() : null);
	}

	// a live update replaces a poll's results and state, never a form being filled in
	updatePollResults(livePolls, holder) {
		if (!holder) {
			return;
		}

		const known = new Map((this.polls || []).map((poll) => [poll.id, poll]));
		const changedShape = livePolls.some((poll) => !known.has(poll.id) || known.get(poll.id).state !== poll.state);

		if (changedShape && !holder.contains(document.activeElement)) {
			const merged = (this.polls || []).map((poll) => livePolls.find((candidate) => candidate.id === poll.id) || poll)
				.concat(livePolls.filter((poll) => !known.has(poll.id)));

			this.drawPolls(merged, holder, false);

			return;
		}

		for (const poll of livePolls) {
			const results = holder.querySelector(`[data-poll-id="${poll.id}"] [data-poll-results]`);

			if (results) {
				results.replaceWith(this.pollResults(poll));
			}
		}
	}

	pollResults(poll) {
		const t = this.t;
		const display = pollResultsDisplay(poll);

		if (!display.shown) {
			const why = display.responses < TOWN_HALL_LIMITS.TOWN_HALL_SMALL_GROUP && (poll.state === 'CLOSED' || poll.resultsWhileOpen)
				? t('town-hall-poll-results-need-x-answers', TOWN_HALL_LIMITS.TOWN_HALL_SMALL_GROUP) : t('town-hall-poll-results-after-close');

			return element('div', {'data-poll-results': 'hidden'},
				element('p', {class: 'pv-small text-secondary'}, t('town-hall-x-answers', display.responses)),
				element('p', {class: 'text-secondary'}, why));
		}

		return element('div', {'data-poll-results': 'shown'},
			element('p', {class: 'pv-small text-secondary'}, t('town-hall-x-answers', display.responses)),
			element('ul', {class: 'list-unstyled pv-th-results'}, display.rows.map((row) => element('li', null,
				element('div', {class: 'pv-th-result-label'}, `${row.label}: ${row.percent}% (${row.count})`),
				element('div', {'aria-hidden': 'true', class: 'progress'}, element('div', {class: 'progress-bar',
					style: `width: ${row.percent}%`}))))));
	}

	pollCard(poll, manage) {
		const t = this.t;
		const alert = this.kit.alertRegion();
		const several = poll.multipleChoice;
		const chosen = new Set(poll.myChoices || []);
		const legendId = uniqueId('pv-legend');
		const inputs = (poll.options || []).map((option, index) => {
			const input = element('input', {checked: chosen.has(index), class: 'custom-control-input', id: uniqueId('pv-field'),
				name: 'option', type: several ? 'checkbox' : 'radio', value: String(index)});

			return element('div', {class: `custom-control custom-${several ? 'checkbox' : 'radio'}`},
				element('label', {for: input.id}, input, element('span', {class: 'custom-control-label'},
					element('span', {class: 'custom-control-label-text', dir: 'auto'}, option.text))));
		});
		const vote = element('button', {class: 'btn btn-primary btn-sm', 'data-action': 'vote-poll', type: 'submit'},
			chosen.size ? t('town-hall-change-my-answer') : t('town-hall-answer-poll'));
		const form = poll.state === 'OPEN' && this.can('VOTE') && !manage ? element('form', {'data-form': `poll-${poll.id}`, novalidate: true},
			element('fieldset', {'aria-labelledby': legendId},
				element('legend', {class: 'pv-legend', dir: 'auto', id: legendId}, poll.question),
				several ? element('p', {class: 'pv-small text-secondary'}, t('town-hall-choose-one-or-more')) : null, inputs),
			alert, vote) : null;

		if (form) {
			form.addEventListener('submit', (event) => {
				event.preventDefault();
				this.kit.busy(vote, async () => {
					const choices = Array.from(form.querySelectorAll('input[name=option]:checked')).map((input) => Number(input.value));

					if (!choices.length) {
						replaceChildren(alert, element('div', {class: 'alert alert-danger'}, t('town-hall-choose-an-option')));

						return;
					}

					try {
						const answered = await this.api.put(`/town-hall-polls/${encodeId(poll.id)}/response`, {choices});

						this.kit.clearAlert(alert);
						this.announce(t('town-hall-poll-answer-saved'));
						vote.textContent = t('town-hall-change-my-answer');
						form.parentElement.querySelector('[data-poll-results]').replaceWith(this.pollResults(answered));
					}
					catch (error) {
						this.kit.showProblem(alert, error);
					}
				});
			});
		}

		const controls = [];

		if (manage) {
			const step = (state, label) => {
				const button = this.kit.button(label, {class: 'btn btn-secondary btn-sm', 'data-action': `${state.toLowerCase()}-poll`});

				button.addEventListener('click', () => this.kit.busy(button, async () => {
					try {
						await this.api.post(`/town-hall-polls/${encodeId(poll.id)}/state`, {state});
						this.renderModeration();
					}
					catch (error) {
						this.kit.showProblem(alert, error);
					}
				}));

				return button;
			};

			if (poll.state === 'DRAFT') {
				controls.push(step('OPEN', t('town-hall-open-poll')));
			}

			if (poll.state === 'OPEN') {
				controls.push(step('CLOSED', t('town-hall-close-poll')));
			}
		}

		return element('div', {class: 'sheet pv-th-poll', 'data-poll-id': poll.id, 'data-poll-state': poll.state},
			form ? null : element('p', {class: 'pv-th-poll-question', dir: 'auto'}, element('strong', null, poll.question)),
			element('p', {class: 'pv-small text-secondary'}, t(`town-hall-poll-state-${keyOf(poll.state)}`)),
			form, this.pollResults(poll),
			manage ? [alert, controls.length ? element('div', {class: 'pv-button-row'}, controls) : null] : null);
	}

	pollForm() {
		const t = this.t;
		const alert = this.kit.alertRegion();
		const question = this.kit.textField({label: t('town-hall-poll-question'), max: TOWN_HALL_LIMITS.TOWN_HALL_POLL_QUESTION_MAX, name: 'question',
			required: true});
		const options = this.kit.textField({help: t('town-hall-poll-options-help-x-x', TOWN_HALL_LIMITS.TOWN_HALL_POLL_OPTIONS_MIN,
			TOWN_HALL_LIMITS.TOWN_HALL_POLL_OPTIONS_MAX), label: t('town-hall-poll-options'), multiline: true, name: 'options', required: true, rows: 4});
		const check = (name, label, checked, help) => {
			const helpId = help ? uniqueId('pv-help') : null;
			const input = element('input', {'aria-describedby': helpId, checked, class: 'custom-control-input', id: uniqueId('pv-field'), name,
				type: 'checkbox'});

			return {group: element('div', {class: 'custom-control custom-checkbox'}, element('label', {for: input.id}, input,
				element('span', {class: 'custom-control-label'}, element('span', {class: 'custom-control-label-text'}, label))),
			help ? element('div', {class: 'form-text', id: helpId}, help) : null), input};
		};
		const several = check('multipleChoice', t('town-hall-poll-multiple-choice'), false);
		// live results move by one answer at a time: docs/privacy.md, "Differences between two looks"
		const whileOpen = check('resultsWhileOpen', t('town-hall-poll-results-while-open'), true, t('town-hall-poll-results-while-open-help'));
		const create = element('button', {class: 'btn btn-primary btn-sm', 'data-action': 'create-poll', type: 'submit'}, t('town-hall-create-poll'));
		const form = element('form', {class: 'sheet', 'data-form': 'new-poll', novalidate: true},
			element('h5', null, t('town-hall-new-poll')), alert, question.group, options.group, several.group, whileOpen.group,
			element('div', {class: 'pv-button-row'}, create));

		form.addEventListener('submit', (event) => {
			event.preventDefault();
			this.kit.busy(create, async () => {
				question.setError(null);
				options.setError(null);

				try {
					await this.api.post(`/town-halls/${encodeId(this.hall.id)}/polls`, {
						multipleChoice: several.input.checked,
						options: options.control.value.split('\n').map((line) => line.trim()).filter(Boolean),
						question: question.control.value.trim(),
						resultsWhileOpen: whileOpen.input.checked,
					});
					this.renderModeration();
				}
				catch (error) {
					this.kit.showProblem(alert, error);

					for (const [field, message] of Object.entries(error instanceof ApiProblem ? this.kit.fieldErrors(error) : {})) {
						(field.startsWith('options') ? options : question).setError(message);
					}
				}
			});
		});

		return form;
	}

	// ---- after the meeting: feedback and the follow-up

	afterMeeting(hall) {
		if (!['ENDED', 'ARCHIVED'].includes(hall.state)) {
			return null;
		}

		const followUp = element('section', {'aria-label': this.t('town-hall-follow-up'), class: 'sheet pv-th-follow-up', 'data-follow-up': ''});

		this.drawFollowUp(hall, followUp);

		return element('div', null, this.feedbackSection(hall), followUp);
	}

	feedbackSection(hall) {
		const t = this.t;

		if (!this.can('SUBMIT') || (!hall.feedbackOpen && !hall.feedbackGivenByMe)) {
			return null;
		}

		const section = element('section', {'aria-label': t('town-hall-feedback'), class: 'sheet pv-th-feedback'},
			element('h4', null, t('town-hall-feedback')));

		if (hall.feedbackGivenByMe) {
			section.appendChild(element('p', {'data-feedback-sent': ''}, t('town-hall-feedback-thanks')));

			return section;
		}

		const alert = this.kit.alertRegion();
		const warnings = element('div', {'data-privacy-warnings': '', role: 'alert'});
		const radios = (name, values, label) => {
			const legendId = uniqueId('pv-legend');

			return element('fieldset', {'aria-labelledby': legendId, class: 'form-group'},
				element('legend', {class: 'pv-legend', id: legendId}, label, this.kit.requiredMark()),
				element('div', {class: 'pv-th-choices'}, values.map(([value, text]) => {
					const input = element('input', {class: 'custom-control-input', id: uniqueId('pv-field'), name, type: 'radio', value});

					return element('div', {class: 'custom-control custom-radio'}, element('label', {for: input.id}, input,
						element('span', {class: 'custom-control-label'}, element('span', {class: 'custom-control-label-text'}, text))));
				})));
		};
		const comment = this.kit.textField({label: t('town-hall-feedback-comment'), max: TOWN_HALL_LIMITS.TOWN_HALL_FEEDBACK_COMMENT_MAX, multiline: true,
			name: 'comment', rows: 3});
		const send = element('button', {class: 'btn btn-primary', 'data-action': 'send-feedback', type: 'submit'}, t('town-hall-send-feedback'));
		const form = element('form', {'data-form': 'feedback', novalidate: true},
			element('p', {class: 'text-secondary'}, t('town-hall-feedback-is-anonymous')),
			radios('rating', [1, 2, 3, 4, 5].map((value) => [String(value), t(`town-hall-rating-${value}`)]), t('town-hall-rating')),
			radios('answered', ANSWERED_CHOICES.map((value) => [value, t(`town-hall-answered-${keyOf(value)}`)]), t('town-hall-did-leadership-answer')),
			comment.group, alert, warnings, element('div', {class: 'pv-button-row'}, send));
		const submit = async (confirmPrivacyWarnings) => {
			const rating = form.querySelector('input[name=rating]:checked');
			const answered = form.querySelector('input[name=answered]:checked');

			if (!rating || !answered) {
				replaceChildren(alert, element('div', {class: 'alert alert-danger'}, t('town-hall-feedback-choose-both')));
				form.querySelector(rating ? 'input[name=answered]' : 'input[name=rating]').focus();

				return;
			}

			try {
				await this.api.post(`/town-halls/${encodeId(hall.id)}/feedback`, {
					answered: answered.value,
					comment: comment.control.value.trim() || null,
					confirmPrivacyWarnings: Boolean(confirmPrivacyWarnings),
					rating: Number(rating.value),
				});

				const thanks = element('div', {class: 'alert alert-success', 'data-feedback-sent': '', tabindex: '-1'}, t('town-hall-feedback-thanks'));

				replaceChildren(section, element('h4', null, t('town-hall-feedback')), thanks);
				thanks.focus();
			}
			catch (error) {
				if (error instanceof ApiProblem && error.status === 422 && error.warnings.length) {
					this.privacyWarnings(warnings, error.warnings, () => submit(true), () => comment.control.focus());

					return;
				}

				this.kit.showProblem(alert, error);
			}
		};

		form.addEventListener('submit', (event) => {
			event.preventDefault();
			this.kit.busy(send, () => submit(false));
		});
		section.appendChild(form);

		return section;
	}

	async drawFollowUp(hall, holder) {
		const t = this.t;

		replaceChildren(holder, element('h4', null, t('town-hall-follow-up')), this.kit.loading());

		try {
			const followUp = await this.api.get(`/town-halls/${encodeId(hall.id)}/follow-up`);
			const counts = FATES.filter((fate) => (followUp.counts || {})[fate] > 0).map((fate) => [fate, followUp.counts[fate]]);

			replaceChildren(holder, element('h4', null, t('town-hall-follow-up')),
				element('p', null, t('town-hall-follow-up-intro')),
				counts.length ? element('ul', {'data-fate-counts': ''}, counts.map(([fate, count]) => element('li', {'data-fate': fate},
					`${t(`town-hall-fate-${keyOf(fate.replace(/([a-z])([A-Z])/g, '$1_$2'))}`)}: ${count}`))) : null,
				followUp.takenForward && followUp.takenForward.length ? [element('h5', null, t('town-hall-taken-forward-intro')),
					element('ul', null, followUp.takenForward.map((item) => element('li', null,
						element('a', {'data-suggestion-link': item.suggestionId, dir: 'auto', href: this.suggestionHref(item.suggestionId)}, item.text), ' ',
						element('span', {class: 'label label-secondary'}, t(`status-${keyOf(item.suggestionStatus)}`)))))]
					: element('p', {class: 'text-secondary'}, t('town-hall-nothing-taken-forward')));
		}
		catch (error) {
			replaceChildren(holder, element('h4', null, t('town-hall-follow-up')));
			this.kit.showProblem(this.alert, error);
		}
	}

	// ---- moderation queue

	async renderModeration() {
		const t = this.t;
		const loaded = await this.load(() => Promise.all([
			this.api.get(`/town-halls/${encodeId(this.state.id)}/live`, {sort: 'popular'}),
			this.api.get(`/town-halls/${encodeId(this.state.id)}/questions`, {pageSize: 100, state: 'PENDING'}),
			this.api.get(`/town-halls/${encodeId(this.state.id)}/polls`),
		]));

		if (!loaded) {
			return;
		}

		const [live, pending, polls] = loaded;
		const hall = live.townHall;

		this.hall = hall;
		this.questions = live.questions || [];
		this.highlighted = live.highlighted || null;
		this.pending = pending.items || [];
		this.queueHolder = element('div', {class: 'pv-th-queue', on: {keydown: (event) => this.queueShortcut(event)}});

		const shortcutToggle = element('input', {checked: Boolean(this.shortcutsOn), class: 'custom-control-input', id: uniqueId('pv-field'),
			name: 'shortcuts', type: 'checkbox'});
		const helpHolder = element('div', {id: uniqueId('pv-th-help')});
		const help = this.kit.button(t('town-hall-keyboard-shortcuts'), {'aria-controls': helpHolder.id, 'aria-expanded': 'false',
			class: 'btn btn-secondary btn-sm', 'data-action': 'shortcut-help'});

		shortcutToggle.addEventListener('change', () => {
			this.shortcutsOn = shortcutToggle.checked;
		});
		help.addEventListener('click', () => this.toggleShortcutHelp(help, helpHolder));
		this.shortcutHelp = () => {
			this.toggleShortcutHelp(help, helpHolder);
			help.focus();
		};

		const pollsHolder = element('section', {'aria-label': t('town-hall-polls'), class: 'pv-th-polls'});
		const feedbackHolder = element('section', {'aria-label': t('town-hall-feedback-summary')});
		const exports = ['csv', 'json'].map((format) => this.kit.button(t(`town-hall-export-${format}`), {class: 'btn btn-secondary btn-sm',
			'data-action': `export-${format}`, on: {click: (event) => this.kit.busy(event.currentTarget, () => this.download(hall, format))}}));

		replaceChildren(this.main, this.backToPage(hall),
			element('h3', null, sentence(t, 'town-hall-moderation-of-x', hall.title), ' ', this.stateLabel(hall.state)),
			element('div', {class: 'pv-button-row pv-th-toolbar'}, help,
				element('div', {class: 'custom-control custom-checkbox'}, element('label', {for: shortcutToggle.id}, shortcutToggle,
					element('span', {class: 'custom-control-label'}, element('span', {class: 'custom-control-label-text'}, t('town-hall-use-shortcuts')))))),
			helpHolder, this.queueHolder, pollsHolder, feedbackHolder,
			element('div', {class: 'pv-button-row pv-th-toolbar'}, exports));

		this.drawQueue();
		this.drawPolls(polls.items || [], pollsHolder, true);

		if (['ENDED', 'ARCHIVED'].includes(hall.state)) {
			this.renderFeedbackSummary(hall, feedbackHolder);
		}

		if (hall.state === 'LIVE') {
			this.startLive(hall);
		}
	}

	async download(hall, format) {
		try {
			const response = await fetch(`${this.api.apiBase}/town-halls/${encodeId(hall.id)}/export.${format}`, {
				credentials: 'same-origin', headers: {[CSRF_TOKEN_HEADER]: this.api.csrfToken},
			});

			if (!response.ok) {
				throw new ApiProblem(response.status, null);
			}

			const url = URL.createObjectURL(await response.blob());
			const anchor = element('a', {download: `town-hall-${hall.id}.${format}`, href: url});

			document.body.appendChild(anchor);
			anchor.click();
			anchor.remove();
			window.setTimeout(() => URL.revokeObjectURL(url), 1000);
		}
		catch (error) {
			this.kit.showProblem(this.alert, error);
		}
	}

	toggleShortcutHelp(button, holder) {
		const t = this.t;
		const open = button.getAttribute('aria-expanded') !== 'true';

		button.setAttribute('aria-expanded', String(open));
		replaceChildren(holder, open ? element('div', {class: 'sheet pv-th-shortcuts', 'data-shortcut-help': ''},
			element('p', null, t('town-hall-shortcuts-intro')),
			element('dl', null, [['J / K', 'town-hall-shortcut-next-previous'], ['A', 'town-hall-approve'], ['D', 'town-hall-dismiss'],
				['H', 'town-hall-highlight'], ['M', 'town-hall-mark-answered'], ['?', 'town-hall-shortcut-help']].map(([keys, key]) => [
				element('dt', null, element('kbd', null, keys)), element('dd', null, t(key))]))) : null);
	}

	queueShortcut(event) {
		if (!this.shortcutsOn) {
			return;
		}

		const action = shortcutOf(event, MODERATOR_SHORTCUTS);

		if (!action) {
			return;
		}

		event.preventDefault();

		if (action === 'shortcut-help') {
			this.shortcutHelp();

			return;
		}

		const cards = Array.from(this.queueHolder.querySelectorAll('article[data-question-id]'));
		const current = document.activeElement && document.activeElement.closest('article[data-question-id]');
		const index = cards.indexOf(current);

		if (action === 'next' || action === 'previous') {
			const next = cards[Math.max(0, Math.min(cards.length - 1, index + (action === 'next' ? 1 : -1)))];

			if (next) {
				next.focus();
			}

			return;
		}

		const control = current && current.querySelector(`button[data-action="${action}"], details[data-section="${action}"] > summary`);

		if (control) {
			control.click();

			const field = current.querySelector(`details[data-section="${action}"][open] textarea, details[data-section="${action}"][open] select`);

			if (field) {
				field.focus();
			}
		}
	}

	drawQueue() {
		const t = this.t;
		const holder = this.queueHolder;

		if (!holder) {
			return;
		}

		// a moderator in the middle of a form keeps it: the live update waits for the next change
		if (holder.querySelector('details[open]') || holder.querySelector('input[name=selected]:checked')) {
			return;
		}

		const activeCard = holder.contains(document.activeElement) && document.activeElement.closest('article[data-question-id]');
		const focusId = activeCard ? activeCard.dataset.questionId : null;
		const open = (this.highlighted ? [this.highlighted] : []).concat(sortQuestions(this.questions, 'popular'));
		const approveSelected = this.kit.button(t('town-hall-approve-selected'), {class: 'btn btn-primary btn-sm', 'data-action': 'approve-selected'});
		const selectAll = this.kit.button(t('town-hall-select-all'), {class: 'btn btn-secondary btn-sm', 'data-action': 'select-all'});
		const queueAlert = this.kit.alertRegion();

		approveSelected.addEventListener('click', () => this.kit.busy(approveSelected, async () => {
			const ids = Array.from(holder.querySelectorAll('input[name=selected]:checked')).map((input) => input.value);

			if (!ids.length) {
				replaceChildren(queueAlert, element('div', {class: 'alert alert-info'}, t('town-hall-select-questions-first')));

				return;
			}

			try {
				await this.api.post(`/town-halls/${encodeId(this.hall.id)}/questions/approve`, {ids});
				this.announce(t('town-hall-x-approved', ids.length));
				this.reloadQueue();
			}
			catch (error) {
				this.kit.showProblem(queueAlert, error);
			}
		}));
		selectAll.addEventListener('click', () => {
			for (const input of holder.querySelectorAll('input[name=selected]')) {
				input.checked = true;
			}
		});

		const card = (question) => {
			const article = this.questionCard(question, this.moderatorActions(question));

			article.setAttribute('tabindex', '-1');
			article.setAttribute('aria-label', question.text);

			return article;
		};
		const list = (questions) => element('ol', {class: 'list-unstyled pv-th-question-list'},
			questions.map((question) => element('li', null, card(question))));
		const ended = ['ENDED', 'ARCHIVED'].includes(this.hall.state);

		replaceChildren(holder, queueAlert,
			element('h4', null, t('town-hall-pending-x', this.pending.length)),
			this.pending.length ? [element('div', {class: 'pv-button-row'}, selectAll, approveSelected), list(this.pending)]
				: this.kit.emptyState(t('town-hall-nothing-pending')),
			element('h4', null, ended ? t('town-hall-open-after-the-end-x', open.length) : t('town-hall-open-x', open.length)),
			ended && open.length ? element('p', {class: 'text-secondary'}, t('town-hall-give-every-question-a-fate')) : null,
			open.length ? list(open) : this.kit.emptyState(t('town-hall-no-questions-open')));

		if (focusId) {
			const again = holder.querySelector(`article[data-question-id="${focusId}"]`);

			if (again) {
				again.focus();
			}
		}
	}

	async reloadQueue() {
		try {
			const [live, pending] = await Promise.all([
				this.api.get(`/town-halls/${encodeId(this.hall.id)}/live`, {sort: 'popular'}),
				this.api.get(`/town-halls/${encodeId(this.hall.id)}/questions`, {pageSize: 100, state: 'PENDING'}),
			]);

			this.questions = live.questions || [];
			this.highlighted = live.highlighted || null;
			this.pending = pending.items || [];
			this.drawQueue();
		}
		catch (error) {
			this.kit.showProblem(this.alert, error);
		}
	}

	moderatorActions(question) {
		const t = this.t;
		const alert = this.kit.alertRegion();
		const path = `/town-hall-questions/${encodeId(question.id)}/moderation`;
		const ended = ['ENDED', 'ARCHIVED'].includes(this.hall.state);
		const act = (control, body, done) => this.kit.busy(control, async () => {
			try {
				await this.api.post(path, body);
				this.announce(done);

				for (const open of this.queueHolder.querySelectorAll('details[open]')) {
					open.open = false;
				}

				this.reloadQueue();
			}
			catch (error) {
				this.kit.showProblem(alert, error);
			}
		});
		const simple = (action, label, done) => {
			const button = this.kit.button(label, {class: 'btn btn-secondary btn-sm', 'data-action': action});

			button.addEventListener('click', () => act(button, {action}, done));

			return button;
		};
		const section = (name, label, ...content) => element('details', {class: 'pv-details', 'data-section': name},
			element('summary', {class: 'btn btn-secondary btn-sm'}, label),
			element('div', {class: 'pv-details-body'}, content));
		const controls = [];

		if (question.state === 'PENDING') {
			const box = element('input', {class: 'custom-control-input', id: uniqueId('pv-field'), name: 'selected', type: 'checkbox',
				value: question.id});

			controls.push(element('div', {class: 'custom-control custom-checkbox'}, element('label', {for: box.id}, box,
				element('span', {class: 'custom-control-label'}, element('span', {class: 'custom-control-label-text'}, t('town-hall-select'))))));
			controls.push(simple('approve', t('town-hall-approve'), t('town-hall-approved')));
		}

		if (question.state === 'OPEN' && this.hall.state === 'LIVE') {
			controls.push(simple('highlight', t('town-hall-highlight'), t('town-hall-highlighted')));
		}

		if (question.state === 'HIGHLIGHTED') {
			controls.push(simple('unhighlight', t('town-hall-unhighlight'), t('town-hall-unhighlighted')));
		}

		if (['OPEN', 'HIGHLIGHTED'].includes(question.state)) {
			const answer = this.kit.textField({help: ended ? t('town-hall-written-answer-required') : t('town-hall-written-answer-help'),
				label: t('town-hall-written-answer'), max: TOWN_HALL_LIMITS.TOWN_HALL_ANSWER_MAX, multiline: true, name: 'answer', required: ended, rows: 3});
			const markAnswered = element('button', {class: 'btn btn-primary btn-sm', 'data-action': 'confirm-answer', type: 'submit'},
				t('town-hall-mark-answered'));

			controls.push(section('answer', t('town-hall-mark-answered'), element('form', {'data-form': 'answer', novalidate: true, on: {submit: (event) => {
				event.preventDefault();
				act(markAnswered, {action: 'answer', answer: answer.control.value.trim() || undefined}, t('town-hall-marked-answered'));
			}}}, answer.group, markAnswered)));
		}

		if (['PENDING', 'OPEN', 'HIGHLIGHTED'].includes(question.state)) {
			const reason = this.kit.selectField('reason', t('town-hall-dismiss-reason'), DISMISS_REASONS.map((value) => [value,
				t(`town-hall-reason-${keyOf(value)}`)]), 'OFF_TOPIC', true);
			const reasonText = this.kit.textField({help: t('town-hall-dismiss-text-help'), label: t('town-hall-dismiss-text'),
				max: TOWN_HALL_LIMITS.TOWN_HALL_DISMISS_TEXT_MAX, name: 'reasonText'});
			const dismiss = element('button', {class: 'btn btn-danger btn-sm', 'data-action': 'confirm-dismiss', type: 'submit'}, t('town-hall-dismiss'));

			controls.push(section('dismiss', t('town-hall-dismiss'), element('form', {'data-form': 'dismiss', novalidate: true, on: {submit: (event) => {
				event.preventDefault();
				act(dismiss, {action: 'dismiss', reason: reason.control.value, text: reasonText.control.value.trim() || undefined},
					t('town-hall-was-dismissed'));
			}}}, reason.group, reasonText.group, dismiss)));
			controls.push(section('merge', t('town-hall-merge'), this.mergeSearch(question, act)));

			const typo = this.kit.textField({help: t('town-hall-typo-help'), label: t('town-hall-question-text'), max: TOWN_HALL_LIMITS.TOWN_HALL_QUESTION_MAX,
				multiline: true, name: 'text', rows: 2, value: question.text});
			const saveTypo = element('button', {class: 'btn btn-secondary btn-sm', 'data-action': 'save-typo', type: 'submit'}, t('town-hall-save'));

			controls.push(section('edit-text', t('town-hall-fix-a-typo'), element('form', {'data-form': 'typo', novalidate: true, on: {submit: (event) => {
				event.preventDefault();
				act(saveTypo, {action: 'correct', text: typo.control.value.trim()}, t('town-hall-question-saved'));
			}}}, typo.group, saveTypo)));
		}

		if (ended && question.state === 'OPEN') {
			const status = this.kit.selectField('suggestionStatus', t('town-hall-suggestion-status'), [['UNDER_REVIEW', t('status-under-review')],
				['PLANNED', t('status-planned')]], 'UNDER_REVIEW', true);
			const forward = element('button', {class: 'btn btn-primary btn-sm', 'data-action': 'confirm-take-forward', type: 'submit'},
				t('town-hall-take-forward'));

			controls.push(section('take-forward', t('town-hall-take-forward'), element('form', {'data-form': 'take-forward', novalidate: true,
				on: {submit: (event) => {
					event.preventDefault();
					act(forward, {action: 'takeForward', suggestionStatus: status.control.value}, t('town-hall-was-taken-forward'));
				}}}, element('p', {class: 'pv-small text-secondary'}, t('town-hall-take-forward-help')), status.group, forward)));
		}

		return element('div', null, alert, element('div', {class: 'pv-button-row pv-th-moderator-actions'}, controls));
	}

	// merge: the moderator searches the other questions by their words and picks the one it joins
	mergeSearch(question, act) {
		const t = this.t;
		const search = this.kit.textField({label: t('town-hall-merge-search'), max: TOWN_HALL_LIMITS.TOWN_HALL_SEARCH_MAX, name: 'q', type: 'search'});
		const matches = element('ul', {class: 'list-unstyled', 'data-merge-targets': ''});
		const status = element('p', {'aria-live': 'polite', class: 'pv-small text-secondary', role: 'status'});
		const find = element('button', {class: 'btn btn-secondary btn-sm', 'data-action': 'find-merge-target', type: 'submit'}, t('town-hall-find'));
		const form = element('form', {'data-form': 'merge', novalidate: true, role: 'search'}, search.group, find, status, matches);

		form.addEventListener('submit', (event) => {
			event.preventDefault();
			this.kit.busy(find, async () => {
				try {
					const page = await this.api.get(`/town-halls/${encodeId(this.hall.id)}/questions`, {pageSize: 10, q: search.control.value.trim()});
					const candidates = (page.items || []).filter((other) => other.id !== question.id);

					status.textContent = t('town-hall-x-matches', candidates.length);
					replaceChildren(matches, candidates.map((other) => element('li', null, this.kit.button(sentence(t, 'town-hall-merge-into-x', other.text), {
						class: 'btn btn-link btn-sm pv-th-merge-target', 'data-action': 'merge-into', 'data-target-id': other.id,
						on: {click: (click) => act(click.currentTarget, {action: 'merge', into: other.id}, t('town-hall-was-merged'))},
					}))));
				}
				catch (error) {
					this.kit.showProblem(this.alert, error);
				}
			});
		});

		return form;
	}

	async renderFeedbackSummary(hall, holder) {
		const t = this.t;

		try {
			const summary = await this.api.get(`/town-halls/${encodeId(hall.id)}/feedback`);
			const countList = (title, counts, label) => element('div', null, element('h5', null, title), element('ul', null,
				Object.entries(counts || {}).map(([value, count]) => element('li', null, `${label(value)}: ${count}`))));

			replaceChildren(holder, element('h4', null, t('town-hall-feedback-summary')),
				element('p', null, t('town-hall-x-feedback-responses', summary.responseCount || 0)),
				element('p', {class: 'text-secondary', 'data-feedback-batches': ''}, t('town-hall-feedback-counted-in-batches')),
				summary.distributionShown ? element('div', {'data-feedback-distribution': 'shown'},
					summary.averageRating !== null ? element('p', null, t('town-hall-average-rating-x', summary.averageRating.toFixed(1))) : null,
					countList(t('town-hall-rating'), summary.ratings, (value) => t(`town-hall-rating-${value}`)),
					countList(t('town-hall-did-leadership-answer'), summary.answered, (value) => t(`town-hall-answered-${keyOf(value)}`)),
					summary.comments.length ? [element('h5', null, t('town-hall-comments')), element('ul', {class: 'pv-th-comments'},
						summary.comments.map((comment) => element('li', {class: 'pv-th-text'}, comment)))] : null)
					: element('p', {class: 'text-secondary', 'data-feedback-distribution': 'hidden'},
						t('town-hall-feedback-needs-x-responses', TOWN_HALL_LIMITS.TOWN_HALL_SMALL_GROUP)));
		}
		catch (error) {
			this.kit.showProblem(this.alert, error);
		}
	}

	// ---- presenter view: the big screen

	async renderPresenter() {
		const live = await this.load(() => this.api.get(`/town-halls/${encodeId(this.state.id)}/live`, {sort: 'popular'}));

		if (!live) {
			return;
		}

		const hall = live.townHall;

		this.hall = hall;
		this.presenter = element('div', {'aria-live': 'off', class: 'pv-presenter', 'data-presenter': hall.id});
		this.presenterBar = element('div', {class: 'pv-presenter-bar'});

		replaceChildren(this.main, this.presenterBar, this.presenter);

		this.drawPresenter(live);

		if (hall.state === 'LIVE') {
			this.startLive(hall);
		}
	}

	// The bar above the big screen: leave, full screen and, for a moderator while the meeting is on, the next question.
	drawPresenterBar(ended) {
		const t = this.t;
		const hall = this.hall;
		const exit = this.link(t('town-hall-leave-presenter-view'), {id: hall.id, view: 'page'}, {class: 'btn btn-secondary btn-sm',
			'data-action': 'leave-presenter'});
		const fullscreen = this.kit.button(t('town-hall-full-screen'), {class: 'btn btn-secondary btn-sm', 'data-action': 'fullscreen',
			on: {click: () => this.toggleFullscreen()}});
		const advancing = this.can('MODERATE') && !ended;
		const advance = advancing ? this.kit.button(t('town-hall-next-question'), {class: 'btn btn-primary btn-sm',
			'data-action': 'advance', on: {click: (event) => this.kit.busy(event.currentTarget, () => this.advance())}}) : null;
		const hadFocus = this.presenterBar.contains(document.activeElement) ? document.activeElement.getAttribute('data-action') : null;

		replaceChildren(this.presenterBar, exit, fullscreen, advance,
			element('span', {class: 'pv-small'}, advancing ? t('town-hall-presenter-keys') : t('town-hall-presenter-keys-viewer')));

		if (hadFocus) {
			(this.presenterBar.querySelector(`[data-action="${hadFocus}"]`) || exit).focus();
		}
	}

	toggleFullscreen() {
		if (document.fullscreenElement) {
			document.exitFullscreen();
		}
		else if (this.frame.requestFullscreen) {
			this.frame.requestFullscreen().catch(() => {});
		}
	}

	presenterShortcut(event) {
		if (!this.state || this.state.view !== 'presenter' || !this.contains(event.target) && event.target !== document.body) {
			return;
		}

		const action = shortcutOf(event, PRESENTER_SHORTCUTS);

		// on a button, Enter and Space press it; the arrow and the clicker's Page Down still advance
		if (!action || (event.target.tagName === 'BUTTON' || event.target.tagName === 'A') && !['ArrowRight', 'PageDown'].includes(event.key)) {
			return;
		}

		event.preventDefault();

		if (action === 'fullscreen') {
			this.toggleFullscreen();
		}
		else if (action === 'advance' && this.can('MODERATE') && !IRREVERSIBLE_STATES.includes(this.hall.state)) {
			this.advance();
		}
	}

	// the question shown counts as answered live; the next top question becomes the one being answered
	async advance() {
		if (this.advancing) {
			return;
		}

		this.advancing = true;

		const next = nextQuestions(this.questions || [], this.highlightedId, 1)[0];

		try {
			if (this.highlightedId) {
				await this.api.post(`/town-hall-questions/${encodeId(this.highlightedId)}/moderation`, {action: 'answer'});
			}

			if (next) {
				await this.api.post(`/town-hall-questions/${encodeId(next.id)}/moderation`, {action: 'highlight'});
			}

			this.drawPresenter(await this.api.get(`/town-halls/${encodeId(this.hall.id)}/live`, {sort: 'popular'}));
		}
		catch (error) {
			this.kit.showProblem(this.alert, error);
		}
		finally {
			this.advancing = false;
		}
	}

	drawPresenter(snapshot) {
		const t = this.t;

		if (!this.presenter || !snapshot) {
			return;
		}

		this.hall = snapshot.townHall || this.hall;

		const ended = IRREVERSIBLE_STATES.includes(this.hall.state);

		if (this.presenterEnded !== ended || !this.presenterBar.firstChild) {
			this.presenterEnded = ended;
			this.drawPresenterBar(ended);
		}

		if (ended) {
			// the meeting is over: the screen says so (and no longer polls), instead of a question to answer next
			this.stopLive();
			this.questions = [];
			this.highlightedId = null;
			replaceChildren(this.presenter,
				element('h3', {class: 'pv-presenter-title', dir: 'auto'}, this.hall.title),
				element('p', {class: 'pv-presenter-question pv-presenter-ended', 'data-presenter-ended': this.hall.state},
					t('town-hall-meeting-has-ended')));

			return;
		}

		this.questions = snapshot.questions || [];

		const highlighted = snapshot.highlighted || null;

		this.highlightedId = highlighted ? highlighted.id : null;

		const next = nextQuestions(this.questions, this.highlightedId, 5);
		const polls = (snapshot.polls || []).filter((poll) => poll.state !== 'DRAFT');

		replaceChildren(this.presenter,
			element('h3', {class: 'pv-presenter-title', dir: 'auto'}, this.hall.title),
			element('section', {'aria-label': t('town-hall-being-answered-now'), class: 'pv-presenter-now'},
				element('p', {class: 'pv-presenter-label'}, t('town-hall-being-answered-now')),
				highlighted ? element('p', {class: 'pv-presenter-question', 'data-presenter-highlighted': highlighted.id, dir: 'auto'}, highlighted.text)
					: element('p', {class: 'pv-presenter-question pv-presenter-none', 'data-presenter-highlighted': ''},
						t('town-hall-no-question-highlighted'))),
			element('section', {'aria-label': t('town-hall-next-questions'), class: 'pv-presenter-next'},
				element('p', {class: 'pv-presenter-label'}, t('town-hall-next-questions')),
				next.length ? element('ol', {'data-presenter-next': ''}, next.map((question) => element('li', {'data-question-id': question.id},
					element('span', {class: 'pv-presenter-votes', 'data-presenter-votes': String(question.voteCount || 0)},
						question.voteCount === 1 ? t('town-hall-one-vote') : t('town-hall-x-votes', question.voteCount || 0)), ' ',
					element('span', {class: 'pv-presenter-next-text', dir: 'auto'}, question.text))))
					: element('p', null, t('town-hall-no-questions-open'))),
			polls.length ? element('section', {'aria-label': t('town-hall-polls'), class: 'pv-presenter-polls'},
				polls.map((poll) => element('div', {'data-poll-id': poll.id}, element('p', {class: 'pv-presenter-label pv-presenter-poll-question', dir: 'auto'}, poll.question),
					this.pollResults(poll)))) : null);
	}

	// ---- anonymous askers: a question by its receipt

	renderReceiptLookup() {
		const t = this.t;
		const alert = this.kit.alertRegion();
		const result = element('div');
		const receipt = this.kit.textField({help: t('town-hall-receipt-help'), label: t('receipt'), name: 'receipt', required: true});
		const look = element('button', {class: 'btn btn-primary', 'data-action': 'lookup', type: 'submit'}, t('town-hall-look-up'));
		const form = element('form', {'data-form': 'lookup', novalidate: true}, alert, receipt.group, element('div', {class: 'pv-button-row'}, look));

		form.addEventListener('submit', (event) => {
			event.preventDefault();
			this.kit.busy(look, async () => {
				this.kit.clearAlert(alert);
				receipt.setError(null);

				const code = receipt.control.value.trim();

				try {
					const question = await this.api.post('/town-hall-receipts/lookup', {receipt: code});
					const card = this.questionCard(Object.assign({}, question, {mine: false}));

					if (['PENDING', 'OPEN'].includes(question.state)) {
						card.querySelector('.pv-button-row').appendChild(this.ownQuestionActions(question, code));
					}

					replaceChildren(result, element('h4', {tabindex: '-1'}, t('town-hall-your-question')), card);
					result.firstChild.focus();
				}
				catch (error) {
					replaceChildren(result);
					showReceiptProblem({alert, error, field: receipt, kit: this.kit, t});
				}
			});
		});

		replaceChildren(this.main, this.backToList(), element('h3', null, t('town-hall-check-a-receipt')), form, result);
	}

	// ---- leadership: create, edit, publish, go live, end

	// A button that moves the town hall on (publish, go live, end, archive) with the version read, as an edit sends it: a
	// town hall someone changed meanwhile is not moved (409) and the viewer is told to reload. Ending and archiving cannot be
	// undone (attendees can no longer ask, vote or answer): they ask first, in the kit's one confirmation (the focus on Cancel,
	// Escape cancels); the holder returned then stands in for the button.
	moveButton(hall, state, alert, attributes) {
		const t = this.t;
		const label = t(`town-hall-move-to-${keyOf(state)}`);
		const button = this.kit.button(label, attributes);
		const move = async () => {
			this.kit.clearAlert(alert);

			try {
				await this.api.post(`/town-halls/${encodeId(hall.id)}/state`, {state, version: hall.version});
				this.go({id: hall.id, view: state === 'LIVE' ? 'moderate' : 'page'}, true);
				if (state === 'SCHEDULED') {
					this.announce(t('town-hall-published'));
				}
				else if (IRREVERSIBLE_STATES.includes(state)) {
					this.announce(t(`town-hall-moved-to-${keyOf(state)}`));
				}
			}
			catch (error) {
				if (error instanceof ApiProblem && error.status === 409) {
					replaceChildren(alert, element('div', {class: 'alert alert-warning'}, t('town-hall-changed-meanwhile')));

					return;
				}

				this.kit.showProblem(alert, error);
			}
		};

		if (!IRREVERSIBLE_STATES.includes(state)) {
			button.addEventListener('click', () => this.kit.busy(button, move));

			return button;
		}

		const action = attributes['data-action'];

		return this.kit.confirmation(element('div', {class: 'pv-th-confirm'}), button, {
			cancelAction: `cancel-${action}`,
			cancelLabel: t('cancel'),
			confirmAction: `confirm-${action}`,
			confirmLabel: label,
			onConfirm: move,
			question: t(`town-hall-confirm-${keyOf(state)}`),
		});
	}

	async renderEdit() {
		const t = this.t;

		if (!this.can('MANAGE_TOWN_HALLS')) {
			replaceChildren(this.main, this.backToList(), element('div', {class: 'alert alert-info'}, t('you-are-not-allowed-to-do-this')));

			return;
		}

		const hall = this.state.id ? await this.load(() => this.api.get(`/town-halls/${encodeId(this.state.id)}`)) : {};

		if (!hall) {
			return;
		}

		const alert = this.kit.alertRegion();
		const zone = hall.timeZone || this.viewerTimeZone();
		const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
		const fields = {
			title: this.kit.textField({label: t('town-hall-title'), max: TOWN_HALL_LIMITS.TOWN_HALL_TITLE_MAX, name: 'title', required: true, value: hall.title}),
			description: this.kit.textField({label: t('town-hall-description'), max: TOWN_HALL_LIMITS.TOWN_HALL_DESCRIPTION_MAX, multiline: true,
				name: 'description', rows: 5, value: hall.description}),
			startsAt: this.kit.textField({help: t('town-hall-times-in-x', this.viewerTimeZone()), label: t('town-hall-starts'), name: 'startsAt',
				required: true, type: 'datetime-local', value: localInputValue(hall.startsAt)}),
			endsAt: this.kit.textField({label: t('town-hall-ends'), name: 'endsAt', required: true, type: 'datetime-local',
				value: localInputValue(hall.endsAt)}),
			timeZone: this.kit.selectField('timeZone', t('town-hall-time-zone'), (zones.includes(zone) ? zones : [zone].concat(zones))
				.map((name) => [name, name]), zone, true),
			place: this.kit.textField({label: t('town-hall-place'), max: TOWN_HALL_LIMITS.TOWN_HALL_PLACE_MAX, name: 'place', value: hall.place}),
			meetingUrl: this.kit.textField({help: t('town-hall-meeting-link-help'), label: t('town-hall-meeting-link'),
				max: TOWN_HALL_LIMITS.TOWN_HALL_MEETING_URL_MAX, name: 'meetingUrl', type: 'url', value: hall.meetingUrl}),
			questionsOpenAt: this.kit.textField({help: t('town-hall-questions-open-at-help'), label: t('town-hall-questions-open-at'),
				name: 'questionsOpenAt', type: 'datetime-local', value: localInputValue(hall.questionsOpenAt)}),
			feedbackDays: this.kit.textField({help: t('town-hall-feedback-days-help-x', TOWN_HALL_LIMITS.TOWN_HALL_FEEDBACK_DAYS_MAX),
				label: t('town-hall-feedback-days'), name: 'feedbackDays', type: 'number', value: String(hall.feedbackDays === undefined ? 7
					: hall.feedbackDays)}),
			liveMixingSeconds: this.kit.textField({help: t('town-hall-live-mixing-seconds-help-x-x', TOWN_HALL_LIMITS.TOWN_HALL_LIVE_MIXING_SECONDS_MIN,
				TOWN_HALL_LIMITS.TOWN_HALL_LIVE_MIXING_SECONDS_MAX), label: t('town-hall-live-mixing-seconds'), name: 'liveMixingSeconds', type: 'number',
			value: String(hall.liveMixingSeconds === undefined ? 30 : hall.liveMixingSeconds)}),
		};
		const check = (name, label, checked, help) => {
			const input = element('input', {checked, class: 'custom-control-input', id: uniqueId('pv-field'), name, type: 'checkbox'});

			return {group: element('div', {class: 'custom-control custom-checkbox form-group'}, element('label', {for: input.id}, input,
				element('span', {class: 'custom-control-label'}, element('span', {class: 'custom-control-label-text'}, label))),
			help ? element('div', {class: 'form-text'}, help) : null), input};
		};
		const anonymous = check('anonymousQuestionsAllowed', t('town-hall-allow-anonymous'), hall.anonymousQuestionsAllowed !== false);
		const preModeration = check('preModeration', t('town-hall-pre-moderation'), hall.preModeration !== false,
			t('town-hall-pre-moderation-help'));
		const chosenTopics = new Set(hall.topics || []);
		const topicLegend = uniqueId('pv-legend');
		const topicBoxes = (this.categories || []).filter((category) => !category.retired || chosenTopics.has(category.key))
			.map((category) => {
				const box = check('topics', this.topicLabel(category.key), chosenTopics.has(category.key));

				box.input.value = category.key;

				return box;
			});
		const save = element('button', {class: 'btn btn-primary', 'data-action': 'save-town-hall', type: 'submit'}, t('town-hall-save'));
		const form = element('form', {'data-form': 'town-hall', novalidate: true}, alert,
			fields.title.group, fields.description.group, fields.startsAt.group, fields.endsAt.group, fields.timeZone.group,
			fields.place.group, fields.meetingUrl.group,
			element('fieldset', {'aria-labelledby': topicLegend, class: 'form-group'},
				element('legend', {class: 'pv-legend', id: topicLegend}, t('town-hall-topics')),
				element('p', {class: 'form-text'}, t('town-hall-topics-help')), topicBoxes.map((box) => box.group)),
			anonymous.group, preModeration.group, fields.questionsOpenAt.group, fields.feedbackDays.group, fields.liveMixingSeconds.group,
			element('div', {class: 'pv-button-row'}, save));
		const body = () => ({
			anonymousQuestionsAllowed: anonymous.input.checked,
			description: fields.description.control.value.trim() || null,
			endsAt: instantOf(fields.endsAt.control.value),
			feedbackDays: Number(fields.feedbackDays.control.value),
			liveMixingSeconds: Number(fields.liveMixingSeconds.control.value),
			meetingUrl: fields.meetingUrl.control.value.trim() || null,
			place: fields.place.control.value.trim() || null,
			preModeration: preModeration.input.checked,
			questionsOpenAt: instantOf(fields.questionsOpenAt.control.value),
			startsAt: instantOf(fields.startsAt.control.value),
			timeZone: fields.timeZone.control.value,
			title: fields.title.control.value.trim(),
			topics: topicBoxes.filter((box) => box.input.checked).map((box) => box.input.value),
			version: hall.version,
		});
		const showFieldErrors = (errors) => {
			let first = null;

			for (const [name, field] of Object.entries(fields)) {
				field.setError(errors[name] || null);
				first = first || (errors[name] ? field : null);
			}

			if (first) {
				first.control.focus();
			}
		};

		form.addEventListener('submit', (event) => {
			event.preventDefault();
			this.kit.busy(save, async () => {
				this.kit.clearAlert(alert);

				const request = body();
				const errors = {};

				if (!request.title) {
					errors.title = t('text-error-required');
				}

				for (const name of ['startsAt', 'endsAt']) {
					if (!request[name]) {
						errors[name] = t('text-error-required');
					}
				}

				if (Object.keys(errors).length) {
					showFieldErrors(errors);

					return;
				}

				try {
					const saved = hall.id ? await this.api.put(`/town-halls/${encodeId(hall.id)}`, request)
						: await this.api.post(`/sites/${encodeId(this.siteId)}/town-halls`, request);

					this.go({id: saved.id, view: 'edit'}, true);
					this.announce(t('town-hall-saved'));
				}
				catch (error) {
					if (error instanceof ApiProblem && error.status === 409) {
						replaceChildren(alert, element('div', {class: 'alert alert-warning'}, t('town-hall-changed-meanwhile')));

						return;
					}

					this.kit.showProblem(alert, error);
					showFieldErrors(error instanceof ApiProblem ? this.kit.fieldErrors(error) : {});
				}
			});
		});

		const stepButtons = (hall.allowedStates || []).map((state) => this.moveButton(hall, state, alert,
			{class: 'btn btn-secondary', 'data-action': `state-${keyOf(state)}`}));

		replaceChildren(this.main, hall.id ? this.backToPage(hall) : this.backToList(),
			element('h3', null, hall.id ? sentence(t, 'town-hall-edit-x', hall.title) : t('town-hall-new'), ' ', hall.state ? this.stateLabel(hall.state) : null),
			stepButtons.length ? element('div', {class: 'pv-button-row pv-th-toolbar'}, stepButtons) : null,
			form);
	}
}

if (!customElements.get('pv-town-hall')) {
	customElements.define('pv-town-hall', TownHall);
}
