/**
 * <pv-people-picker>: choose colleagues of the site by name (GET /sites/{siteId}/people), for recognition recipients,
 * champion nominees and the like. The WAI-ARIA combobox pattern: a text input (role=combobox) that opens a listbox of
 * matching members; Up and Down move through it, Enter picks, Escape closes it (or, when closed, empties the input).
 * Chosen people show as chips, each with its own remove button; Backspace in an empty input removes the last one.
 * Works with the keyboard alone and from 320 px wide (the chips wrap, the list scrolls).
 *
 * Attributes: api-base, ui-base, locale, site-id, max (most people to choose, default 10), label (else "People").
 * Property: value (the chosen user keys); selected (the chosen people, {userKey, displayName, jobTitle}), settable
 * to start with some. Event: change, detail {userKeys}, whenever a person is added or removed.
 * Test hooks: input[data-people-input], [role=listbox] [role=option][data-user-key], [data-people-chips]
 * button[data-action=remove-person][data-user-key], [data-people-status].
 */

import {encodeId} from './pv-api.js';
import {adoptBaseStyles, element, isolatedText, replaceChildren, uniqueId} from './pv-dom.js';
import {loadTranslator} from './pv-i18n.js';
import {readMount} from './pv-mount.js';

/** The longest search the API takes (PeopleLimits.SEARCH_TEXT) and how many people one search shows. */
export const SEARCH_TEXT_MAX = 100;
export const SEARCH_LIMIT = 10;
const SEARCH_DELAY_MILLISECONDS = 250;

/** The language keys the picker uses: each must exist in English and Spanish. */
export const PEOPLE_PICKER_KEYS = ['people-picker-label', 'people-picker-help-x', 'people-picker-help-one', 'people-picker-chosen',
	'people-picker-remove-x', 'people-picker-x-found', 'people-picker-one-found', 'people-picker-none-found', 'people-picker-searching',
	'people-picker-max-x', 'people-picker-max-one', 'people-picker-added-x', 'people-picker-removed-x', 'people-picker-search-failed'];

/** The most people that may be chosen: the max attribute when it is a whole number from 1 to 100, else 10. */
export function maxPeople(attribute) {
	const value = Number(attribute);

	return Number.isInteger(value) && value >= 1 && value <= 100 ? value : 10;
}

/** The hint under the field: how to choose and how many, or, once full, to remove someone first; one person in the singular. */
export function helpText(t, max, full) {
	if (full) {
		return max === 1 ? t('people-picker-max-one') : t('people-picker-max-x', max);
	}

	return max === 1 ? t('people-picker-help-one') : t('people-picker-help-x', max);
}

/** The option an arrow key moves to, wrapping around; -1 when there are none. */
export function nextActive(active, count, key) {
	if (count === 0) {
		return -1;
	}

	if (key === 'ArrowDown') {
		return active < 0 || active >= count - 1 ? 0 : active + 1;
	}

	if (key === 'ArrowUp') {
		return active <= 0 ? count - 1 : active - 1;
	}

	if (key === 'Home') {
		return 0;
	}

	if (key === 'End') {
		return count - 1;
	}

	return active;
}

/** The people found who are not chosen already. */
export function unchosen(found, selected) {
	const chosen = new Set(selected.map((person) => person.userKey));

	return found.filter((person) => !chosen.has(person.userKey));
}

/** The chosen people with one more, unless they are chosen already or the limit is reached. */
export function withPerson(selected, person, max) {
	if (!person || selected.length >= max || selected.some((chosen) => chosen.userKey === person.userKey)) {
		return selected;
	}

	return selected.concat([{displayName: person.displayName || '', jobTitle: person.jobTitle || '', userKey: person.userKey}]);
}

/** The text a search is made with: trimmed, and no longer than the API takes; empty means no search. */
export function searchText(typed) {
	return String(typed || '').trim().slice(0, SEARCH_TEXT_MAX);
}

class PeoplePicker extends HTMLElement {
	constructor() {
		super();
		this.chosen = [];
		this.found = [];
		this.active = -1;
		this.searchNumber = 0;
	}

	get value() {
		return this.chosen.map((person) => person.userKey);
	}

	get selected() {
		return this.chosen.map((person) => Object.assign({}, person));
	}

	set selected(people) {
		let chosen = [];

		for (const person of Array.isArray(people) ? people : []) {
			chosen = withPerson(chosen, person, maxPeople(this.getAttribute('max')));
		}

		this.chosen = chosen;

		if (this.chips) {
			this.renderChips();
		}
	}

	connectedCallback() {
		if (this.started) {
			return;
		}

		this.started = true;
		adoptBaseStyles(this);
		this.start();
	}

	async start() {
		const {api, locale, uiBase} = readMount(this, import.meta.url);

		this.api = api;
		this.t = await loadTranslator(uiBase, locale);

		const t = this.t;
		const inputId = uniqueId('pv-people');
		const listId = uniqueId('pv-people-list');
		const helpId = uniqueId('pv-people-help');

		this.status = element('div', {'aria-live': 'polite', class: 'sr-only', 'data-people-status': '', role: 'status'});
		this.chips = element('ul', {'aria-label': t('people-picker-chosen'), class: 'list-unstyled c-mb-1', 'data-people-chips': '',
			style: 'display: flex; flex-wrap: wrap; gap: 0.25rem; margin: 0 0 0.25rem; padding: 0;'});
		this.input = element('input', {
			'aria-autocomplete': 'list',
			'aria-controls': listId,
			'aria-describedby': helpId,
			'aria-expanded': 'false',
			autocomplete: 'off',
			class: 'form-control',
			'data-people-input': '',
			id: inputId,
			maxlength: SEARCH_TEXT_MAX,
			role: 'combobox',
			type: 'text',
		});
		this.list = element('ul', {
			'aria-label': this.getAttribute('label') || t('people-picker-label'),
			class: 'list-unstyled',
			hidden: true,
			id: listId,
			role: 'listbox',
			style: 'position: absolute; left: 0; right: 0; z-index: 10; max-height: 16rem; overflow-y: auto; margin: 0; padding: 0.25rem 0;'
				+ ' background: #fff; border: 1px solid #6b6c7e; border-radius: 0.25rem;',
		});
		this.help = element('div', {class: 'form-text', id: helpId}, helpText(t, maxPeople(this.getAttribute('max')), false));

		this.input.addEventListener('input', () => this.scheduleSearch());
		this.input.addEventListener('keydown', (event) => this.onKey(event));
		this.input.addEventListener('blur', () => setTimeout(() => {
			if (!this.contains(document.activeElement)) {
				this.close();
			}
		}, 150));

		this.style.display = 'block';
		replaceChildren(this,
			element('label', {for: inputId}, this.getAttribute('label') || t('people-picker-label')),
			this.chips,
			element('div', {style: 'position: relative;'}, this.input, this.list),
			this.help,
			this.status);
		this.renderChips();
	}

	scheduleSearch() {
		clearTimeout(this.timer);
		const text = searchText(this.input.value);

		if (!text) {
			this.searchNumber++;
			this.close();

			return;
		}

		this.timer = setTimeout(() => this.search(text), SEARCH_DELAY_MILLISECONDS);
	}

	async search(text) {
		const number = ++this.searchNumber;
		const siteId = this.getAttribute('site-id');

		this.announce(this.t('people-picker-searching'));

		try {
			const answer = await this.api.get(`/sites/${encodeId(siteId)}/people`, {limit: SEARCH_LIMIT, q: text});

			// an answer to an older search than the last one typed is of no use
			if (number !== this.searchNumber) {
				return;
			}

			this.found = unchosen(answer.items || [], this.chosen);
			this.active = this.found.length ? 0 : -1;
			this.renderList();
			this.announce(this.found.length === 0 ? this.t('people-picker-none-found')
				: this.found.length === 1 ? this.t('people-picker-one-found') : this.t('people-picker-x-found', this.found.length));
		}
		catch {
			if (number === this.searchNumber) {
				this.found = [];
				this.close();
				this.announce(this.t('people-picker-search-failed'));
			}
		}
	}

	onKey(event) {
		const open = !this.list.hidden;

		if (event.key === 'ArrowDown' || event.key === 'ArrowUp' || (open && (event.key === 'Home' || event.key === 'End'))) {
			event.preventDefault();

			if (!open && this.found.length) {
				this.renderList();
			}

			this.active = nextActive(this.active, this.found.length, event.key);
			this.renderActive();
		}
		else if (event.key === 'Enter') {
			if (open && this.active >= 0) {
				event.preventDefault();
				this.pick(this.found[this.active]);
			}
		}
		else if (event.key === 'Escape') {
			if (open) {
				event.preventDefault();
				event.stopPropagation();
				this.close();
			}
			else if (this.input.value) {
				event.preventDefault();
				this.input.value = '';
			}
		}
		else if (event.key === 'Backspace' && this.input.value === '' && this.chosen.length) {
			this.remove(this.chosen[this.chosen.length - 1], false);
		}
	}

	pick(person) {
		const max = maxPeople(this.getAttribute('max'));
		const chosen = withPerson(this.chosen, person, max);

		if (chosen === this.chosen) {
			this.announce(this.t('people-picker-max-x', max));

			return;
		}

		this.chosen = chosen;
		this.input.value = '';
		this.searchNumber++;
		this.close();
		this.renderChips();
		this.announce(this.t('people-picker-added-x', isolatedText(person.displayName)));
		this.changed();
	}

	remove(person, fromChip) {
		this.chosen = this.chosen.filter((chosen) => chosen.userKey !== person.userKey);
		this.renderChips();
		this.announce(this.t('people-picker-removed-x', isolatedText(person.displayName)));
		this.changed();

		if (fromChip) {
			this.input.focus();
		}
	}

	changed() {
		this.dispatchEvent(new CustomEvent('change', {bubbles: true, detail: {userKeys: this.value}}));
	}

	close() {
		this.list.hidden = true;
		this.active = -1;
		this.input.setAttribute('aria-expanded', 'false');
		this.input.removeAttribute('aria-activedescendant');
	}

	renderChips() {
		const max = maxPeople(this.getAttribute('max'));

		replaceChildren(this.chips, this.chosen.map((person) => element('li', {
			class: 'badge badge-secondary',
			style: 'display: inline-flex; align-items: center; max-width: 100%; white-space: normal; text-align: left; font-size: 0.875rem;',
		},
		element('span', {dir: 'auto', style: 'overflow-wrap: anywhere;'}, person.displayName),
		element('button', {
			'aria-label': this.t('people-picker-remove-x', isolatedText(person.displayName)),
			class: 'btn btn-link btn-sm',
			'data-action': 'remove-person',
			'data-user-key': person.userKey,
			on: {click: () => this.remove(person, true)},
			style: 'min-width: 2.75rem; min-height: 2.75rem; padding: 0 0.5rem; line-height: 1;',
			type: 'button',
		}, element('span', {'aria-hidden': 'true'}, '\u00d7')))));
		this.chips.hidden = this.chosen.length === 0;

		const full = this.chosen.length >= max;

		this.input.readOnly = full;
		this.input.setAttribute('aria-readonly', full ? 'true' : 'false');
		replaceChildren(this.help, helpText(this.t, max, full));
	}

	renderList() {
		const listId = this.list.id;

		replaceChildren(this.list, this.found.map((person, index) => element('li', {
			'aria-selected': 'false',
			'data-user-key': person.userKey,
			id: `${listId}-${index}`,
			on: {
				// mousedown, not click: the input keeps the focus, so the list does not close first
				mousedown: (event) => {
					event.preventDefault();
					this.pick(person);
				},
			},
			role: 'option',
			style: 'padding: 0.5rem 0.75rem; cursor: pointer; min-height: 2.75rem;',
		}, element('span', {dir: 'auto', style: 'display: block; overflow-wrap: anywhere;'}, person.displayName),
		person.jobTitle ? element('span', {class: 'pv-small', style: 'display: block; color: #54555f;'}, person.jobTitle) : null)));
		this.list.hidden = this.found.length === 0;
		this.input.setAttribute('aria-expanded', this.found.length ? 'true' : 'false');
		this.renderActive();
	}

	renderActive() {
		this.list.querySelectorAll('[role=option]').forEach((option, index) => {
			const active = index === this.active;

			option.setAttribute('aria-selected', active ? 'true' : 'false');
			option.style.background = active ? '#e7effd' : '';
			option.style.outline = active ? '2px solid #0b5fff' : '';

			if (active && option.scrollIntoView) {
				option.scrollIntoView({block: 'nearest'});
			}
		});

		if (this.active >= 0 && !this.list.hidden) {
			this.input.setAttribute('aria-activedescendant', `${this.list.id}-${this.active}`);
		}
		else {
			this.input.removeAttribute('aria-activedescendant');
		}
	}

	announce(text) {
		// cleared first, so the same words said twice are announced twice
		this.status.textContent = '';
		setTimeout(() => {
			this.status.textContent = text;
		}, 50);
	}
}

if (!customElements.get('pv-people-picker')) {
	customElements.define('pv-people-picker', PeoplePicker);
}
