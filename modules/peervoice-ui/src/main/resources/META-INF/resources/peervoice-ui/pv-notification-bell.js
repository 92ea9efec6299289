/**
 * <pv-notification-bell>: the bell of a page header (the dev portal's; in Liferay the portal's own notification center
 * shows PeerVoice's notifications). A button with the unread count opens the newest notifications; opening the list
 * marks the ones shown read; each links to its suggestion on its site's page (#pv-suggestion=<id>, pv-location.js) or,
 * for a reviewer's digest, to the review queue. The person's notification settings sit below the list.
 * docs/notifications.md lists the types.
 *
 * Attributes: api-base, ui-base, csrf-token, locale, site-url (a page per site, "{siteId}" replaced; default: this page),
 * champions-url (the champion directory's page per site, likewise; default: site-url), town-halls-url (the town halls'
 * page per site, likewise; default: site-url), recognitions-url (the recognition board's page per site, likewise; default:
 * site-url).
 * Test hooks: button[data-action=notifications] [data-unread-count]; [data-notification-list] a[data-notification=<id>]
 * with data-read; form[data-form=notification-settings] input[name=<TYPE>], button[data-action=save-notification-settings].
 */

import {adoptBaseStyles, append, element, replaceChildren, uniqueId} from './pv-dom.js';
import {loadTranslator} from './pv-i18n.js';
import {icon} from './pv-icons.js';
import {writeFragment} from './pv-location.js';
import {readMount} from './pv-mount.js';

export const NOTIFICATION_TYPES = ['SUGGESTION_RESPONSE', 'SUGGESTION_STATUS', 'SUGGESTION_MESSAGE', 'REVIEW_DIGEST',
	'CHAMPION_NOMINATION', 'CHAMPION_NOMINATION_ANSWER', 'CHAMPION_CONFIRM_DUE', 'CHAMPION_LISTING_STALE', 'CHAMPION_LIST',
	'RECOGNITION_RECEIVED', 'RECOGNITION_MODERATED', 'TOWN_HALL_QUESTION'];

// The champion directory's tab each champion notification leads to (pv-champion-directory.js).
const CHAMPION_TABS = {
	CHAMPION_CONFIRM_DUE: 'mine',
	CHAMPION_LISTING_STALE: 'mine',
	CHAMPION_NOMINATION: 'invitation',
	CHAMPION_NOMINATION_ANSWER: 'nominations',
};

function isRecognition(notification) {
	return String(notification.type).startsWith('RECOGNITION_');
}

const LIST_SIZE = 10;
const PANEL_MARGIN_PIXELS = 8;
const POLL_MILLISECONDS = 60000;

/**
 * The panel's CSS right when it opens: it hangs from the bell's right edge, so on a narrow screen (320 px) it would
 * start left of the viewport and cut its text; it moves right by as much, keeping a margin.
 */
export function panelRight(panelLeft, margin = PANEL_MARGIN_PIXELS) {
	return panelLeft < margin ? `${Math.floor(panelLeft) - margin}px` : '';
}

/** The language key of a type's text: NotificationType.languageKey() in the core. */
export function typeKey(type) {
	return `notification-${String(type).toLowerCase().replace(/_/g, '-')}`;
}

/**
 * Where a notification leads: its suggestion on its site's page, or a digest's review queue; a champion notification
 * to its tab of the site's champion directory page (championsUrl; without one, the site's page); the champion list sent
 * to all champions, to the site's printable list of champions (the PDF, under apiBase); a recognition notification to
 * the recognition on the site's recognition board page (recognitionsUrl; without one, the site's page).
 */
export function notificationLink(notification, siteUrl, currentPath, championsUrl, apiBase, townHallsUrl, recognitionsUrl) {
	if (notification.type === 'TOWN_HALL_QUESTION' && notification.detail !== 'TAKEN_FORWARD' && notification.itemId) {
		const url = townHallsUrl || siteUrl;
		const page = url ? url.replace('{siteId}', encodeURIComponent(String(notification.siteId))) : currentPath;

		return `${page}${writeFragment('', 'pvt-', {id: notification.itemId})}`;
	}

	if (notification.type === 'CHAMPION_LIST') {
		return `${apiBase || ''}/sites/${encodeURIComponent(String(notification.siteId))}/champions/worksheet.pdf`;
	}

	if (CHAMPION_TABS[notification.type]) {
		const url = championsUrl || siteUrl;
		const directory = url ? url.replace('{siteId}', encodeURIComponent(String(notification.siteId))) : currentPath;

		return `${directory}${writeFragment('', 'pvc-', {tab: CHAMPION_TABS[notification.type]})}`;
	}

	if (isRecognition(notification) && notification.itemId) {
		const url = recognitionsUrl || siteUrl;
		const board = url ? url.replace('{siteId}', encodeURIComponent(String(notification.siteId))) : currentPath;

		return `${board}${writeFragment('', 'pv-', {recognition: notification.itemId})}`;
	}

	const page = siteUrl ? siteUrl.replace('{siteId}', encodeURIComponent(String(notification.siteId))) : currentPath;

	return `${page}${writeFragment('', 'pv-', notification.itemId ? {suggestion: notification.itemId} : {tab: 'queue'})}`;
}

/** The lines a notification shows: the type's text, then what it is about. */
export function notificationLines(notification, t, statusLabel) {
	const lines = [t(typeKey(notification.type))];

	if (notification.type === 'REVIEW_DIGEST') {
		if (notification.newItems > 0) {
			lines.push(t('x-new-suggestions', notification.newItems));
		}

		if (notification.writerReplies > 0) {
			lines.push(t('x-suggestions-with-writer-replies', notification.writerReplies));
		}

		return lines;
	}

	if (notification.type === 'CHAMPION_NOMINATION_ANSWER') {
		if (['ACCEPTED', 'DECLINED'].includes(notification.detail)) {
			lines.push(t(`champion-nomination-${notification.detail.toLowerCase()}`));
		}

		return lines;
	}

	if (notification.type === 'TOWN_HALL_QUESTION') {
		if (notification.itemTitle) {
			lines.push(notification.itemTitle);
		}

		const detail = String(notification.detail || '');

		if (detail.startsWith('DISMISSED:')) {
			const reason = detail.slice('DISMISSED:'.length).toLowerCase().replace(/_/g, '-');

			lines.push(t('notification-town-hall-question-dismissed-x', t(`town-hall-reason-${reason}`)));
		}
		else if (detail) {
			lines.push(t(`notification-town-hall-question-${detail.toLowerCase().replace(/_/g, '-')}`));
		}

		return lines;
	}

	if (isRecognition(notification)) {
		if (notification.detail === 'approval') {
			lines.push(t('notification-recognition-detail-approval'));
		}

		return lines;
	}

	if (CHAMPION_TABS[notification.type]) {
		return lines;
	}

	if (notification.itemTitle) {
		lines.push(notification.itemTitle);
	}

	if (notification.detail) {
		lines.push(t('now-x', statusLabel(notification.detail)));
	}

	return lines;
}

class NotificationBell extends HTMLElement {
	connectedCallback() {
		if (this.started) {
			return;
		}

		this.started = true;
		adoptBaseStyles(this);
		this.start();
	}

	disconnectedCallback() {
		clearInterval(this.poll);
	}

	async start() {
		const {api, locale, uiBase} = readMount(this, import.meta.url);

		this.api = api;
		this.siteUrl = this.getAttribute('site-url') || '';
		this.championsUrl = this.getAttribute('champions-url') || '';
		this.townHallsUrl = this.getAttribute('town-halls-url') || '';
		this.recognitionsUrl = this.getAttribute('recognitions-url') || '';
		this.t = await loadTranslator(uiBase, locale);

		const t = this.t;
		const panelId = uniqueId('pv-notifications');

		this.count = element('span', {class: 'badge badge-pill badge-danger ml-1', 'data-unread-count': '0', hidden: true}, '0');
		this.button = element('button', {
			'aria-controls': panelId,
			'aria-expanded': 'false',
			class: 'btn btn-secondary btn-sm',
			'data-action': 'notifications',
			on: {click: () => this.toggle()},
			type: 'button',
		}, icon('bell-on'), element('span', {class: 'sr-only', 'data-label': ''}, t('notifications')), this.count);
		this.panel = element('div', {
			class: 'dropdown-menu dropdown-menu-right p-2',
			id: panelId,
			role: 'region',
			'aria-label': t('notifications'),
			style: 'display: none; width: 22rem; max-width: calc(100vw - 2rem);',
		});
		this.style.position = 'relative';
		this.style.display = 'inline-block';
		replaceChildren(this, this.button, this.panel);
		this.addEventListener('keydown', (event) => {
			if (event.key === 'Escape' && this.isOpen()) {
				this.toggle();
				this.button.focus();
			}
		});

		await this.refreshCount();
		this.poll = setInterval(() => this.refreshCount(), POLL_MILLISECONDS);
	}

	// The open panel inside the screen; again once the list has marked itself read, as the bell narrows without its count.
	place() {
		if (this.isOpen()) {
			this.panel.style.right = '';
			this.panel.style.right = panelRight(this.panel.getBoundingClientRect().left);
		}
	}

	isOpen() {
		return this.button.getAttribute('aria-expanded') === 'true';
	}

	showCount(unread) {
		const t = this.t;

		this.count.textContent = String(unread);
		this.count.dataset.unreadCount = String(unread);
		this.count.hidden = unread === 0;
		this.button.querySelector('[data-label]').textContent = unread > 0 ? t('notifications-x-unread', unread) : t('notifications');
		this.place();
	}

	async refreshCount() {
		try {
			this.showCount((await this.api.get('/notifications/unread-count')).unreadCount);
		}
		catch (signedOutOrUnavailable) {
			this.showCount(0);
		}
	}

	async toggle() {
		const open = !this.isOpen();

		this.button.setAttribute('aria-expanded', String(open));
		this.panel.style.display = open ? 'block' : 'none';

		if (open) {
			this.place();
			await this.showList();
			this.place();
		}
	}

	async showList() {
		const t = this.t;
		const list = element('ul', {class: 'list-unstyled mb-2', 'data-notification-list': ''});

		replaceChildren(this.panel, element('div', {class: 'h5'}, t('notifications')), list);

		let page;

		try {
			page = await this.api.get('/notifications', {pageSize: LIST_SIZE});
		}
		catch (error) {
			append(list, [element('li', {class: 'text-danger'}, t('no-notifications'))]);

			return;
		}

		if (!page.items.length) {
			append(list, [element('li', {class: 'text-secondary'}, t('no-notifications'))]);
		}

		for (const notification of page.items) {
			append(list, [this.renderItem(notification)]);
		}

		append(this.panel, [await this.renderSettings()]);

		const unread = page.items.filter((notification) => !notification.read).map((notification) => notification.id);

		if (unread.length) {
			try {
				this.showCount((await this.api.post('/notifications/read', {ids: unread})).unreadCount);
			}
			catch (notMarked) {
				this.refreshCount();
			}
		}
	}

	renderItem(notification) {
		const t = this.t;
		const [first, ...rest] = notificationLines(notification, t, (status) => t(`status-${status.toLowerCase().replace(/_/g, '-')}`));
		const when = new Date(notification.createdAt);
		const link = element('a', {
			class: 'd-block p-2 text-reset' + (notification.read ? '' : ' font-weight-bold'),
			'data-notification': notification.id,
			'data-read': String(notification.read),
			href: notificationLink(notification, this.siteUrl, `${window.location.pathname}${window.location.search}`, this.championsUrl,
				this.api.apiBase, this.townHallsUrl, this.recognitionsUrl),
			on: {click: () => this.toggle()},
		}, notification.read ? null : element('span', {class: 'badge badge-info mr-1'}, t('unread')), first);

		for (const line of rest) {
			// a line may be an item's title, as its writer wrote it: its own direction (dir=auto), isolated from the others
			append(link, [element('br'), element('span', {class: 'font-weight-normal', dir: 'auto'}, line)]);
		}

		append(link, [element('br'), element('small', {class: 'text-secondary font-weight-normal'}, when.toLocaleString(this.getAttribute('locale') || undefined))]);

		return element('li', {class: 'border-bottom'}, link);
	}

	async renderSettings() {
		const t = this.t;
		const form = element('form', {'data-form': 'notification-settings'});
		const details = element('details', {}, element('summary', {}, t('notification-settings')), form);
		const status = element('div', {'aria-live': 'polite', class: 'small'});
		let preferences;

		try {
			preferences = (await this.api.get('/notification-preferences')).preferences;
		}
		catch (error) {
			return details;
		}

		for (const preference of preferences) {
			const id = uniqueId('pv-notification-type');

			append(form, [element('div', {class: 'custom-control custom-checkbox'},
				element('input', {checked: preference.enabled, class: 'custom-control-input', id, name: preference.type, type: 'checkbox'}),
				element('label', {class: 'custom-control-label', for: id}, element('span', {class: 'custom-control-label-text'},
					t(`notification-preference-${typeKey(preference.type).slice('notification-'.length)}`))))]);
		}

		append(form, [element('button', {
			class: 'btn btn-primary btn-sm mt-2',
			'data-action': 'save-notification-settings',
			type: 'submit',
		}, t('save-notification-settings')), status]);
		form.addEventListener('submit', async (event) => {
			event.preventDefault();

			const chosen = preferences.map((preference) => ({enabled: form.elements[preference.type].checked, type: preference.type}));

			try {
				await this.api.put('/notification-preferences', {preferences: chosen});
				status.textContent = t('the-settings-were-saved');
			}
			catch (error) {
				status.textContent = error.problem && error.problem.title ? error.problem.title : '';
			}
		});

		return details;
	}
}

if (!customElements.get('pv-notification-bell')) {
	customElements.define('pv-notification-bell', NotificationBell);
}
