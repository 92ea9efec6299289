/**
 * The shared kit of the PeerVoice web components: form fields with counters and errors, selects, buttons that run
 * one request at a time, problem display, pagination, empty and loading states, and an inline confirmation.
 * Every capability's component builds its forms and lists from it, so they look, read and behave alike.
 *
 * createKit(t, options) binds the kit to a translator (pv-i18n.js) and to the capability's words:
 *   fieldName(field)      the label a field error is shown under (default: the field's name)
 *   codeMessages          {code: (field) => text} for the capability's own error codes
 *   limits                {field: maxLength} for "too-long"
 */

import {ApiProblem} from './pv-api.js';
import {element, replaceChildren, uniqueId} from './pv-dom.js';

const PROBLEM_TYPE_BASE = 'https://peervoice.org/problems/';

function paginationButton(goTo, label, number, attributes) {
	return element('li', {
		class: `page-item${attributes.current ? ' active' : ''}${attributes.disabled ? ' disabled' : ''}`,
	}, element('button', {
		'aria-current': attributes.current ? 'page' : null,
		'aria-label': attributes.label || null,
		class: 'page-link',
		'data-page': String(number),
		disabled: attributes.disabled,
		on: {click: () => goTo(number)},
		type: 'button',
	}, label));
}

/**
 * The warnings of a privacy screen, each once: the screen reports a finding per match, so a text with the same e-mail
 * address twice, or a field checked twice, would list the same warning twice (field, code and excerpt alike).
 */
export function distinctWarnings(found) {
	const seen = new Set();

	return (found || []).filter((warning) => {
		const key = JSON.stringify([warning.field || '', warning.code || '', String(warning.excerpt || '').trim().toLowerCase(),
			warning.code === 'other' || !warning.code ? warning.message || '' : '']);

		if (seen.has(key)) {
			return false;
		}

		seen.add(key);

		return true;
	});
}

export function createKit(t, options) {
	const settings = options || {};
	const fieldName = settings.fieldName || ((field) => field);
	const limits = settings.limits || {};

	// The server's English is for API clients; the UI says it in the viewer's language by the error's code.
	const textCodeMessages = {
		'bidi-control': () => t('text-error-bidi-control'),
		'control-character': () => t('text-error-control-character'),
		'line-break': () => t('text-error-line-break'),
		noncharacter: () => t('text-error-noncharacter'),
		// a receipt field's text not of a receipt's form (pv-receipt.js NOT_A_RECEIPT)
		'not-a-receipt': () => t('receipt-not-a-receipt-help'),
		required: () => t('text-error-required'),
		'too-long': (field) => (limits[field] ? t('text-error-too-long-x', limits[field]) : t('text-error-too-long')),
		'unpaired-surrogate': () => t('text-error-unpaired-surrogate'),
	};
	const codeMessages = Object.assign({}, textCodeMessages, settings.codeMessages || {});

	const kit = {
		alertRegion() {
			return element('div', {'data-alert': '', role: 'alert'});
		},

		clearAlert(region) {
			replaceChildren(region);
		},

		problemTitle(error) {
			if (!(error instanceof ApiProblem)) {
				return t('something-went-wrong');
			}

			if (error.unreachable) {
				return t('the-server-could-not-be-reached');
			}

			if (error.status === 401) {
				return t('your-session-has-ended-sign-in-again');
			}

			if (error.status === 403 && !error.title) {
				return t('you-are-not-allowed-to-do-this');
			}

			// the server's "No such town hall." is English; gone or never there reads alike to the viewer
			if (error.status === 404) {
				return t('this-item-does-not-exist-or-you-cannot-see-it');
			}

			if (error.status === 429) {
				return t('too-many-requests-try-again-later');
			}

			if (error.status === 503) {
				// not-configured waits for an administrator; anything else (the database, a proxy) passes in a moment
				return error.problem.type === `${PROBLEM_TYPE_BASE}not-configured`
					? t('votes-are-unavailable-until-an-administrator-completes-the-set-up')
					: t('the-service-is-briefly-unavailable-try-again-in-a-moment');
			}

			return error.title || t('something-went-wrong');
		},

		// The message for an error code; a code the UI does not know reads as a general "check this".
		codeMessage(code, field) {
			return codeMessages[code] ? codeMessages[code](field) : t('check-this-field');
		},

		// {field: message} in the viewer's language; a code the UI does not know keeps the server's text.
		fieldErrors(error) {
			const codes = (error.problem && error.problem.errorCodes) || {};
			const translated = {};

			for (const [field, message] of Object.entries(error.errors || {})) {
				const code = codes[field];

				translated[field] = codeMessages[code] ? codeMessages[code](field) : message;
			}

			return translated;
		},

		showProblem(region, error) {
			if (!(error instanceof ApiProblem)) {
				console.error(error);
			}

			const errors = error instanceof ApiProblem ? Object.entries(kit.fieldErrors(error)) : [];

			// a server fault's detail is a reference the user can quote to an administrator
			const reference = error instanceof ApiProblem && error.status >= 500 ? error.problem.detail : null;

			replaceChildren(region,
				element('div', {class: 'alert alert-danger'},
					element('strong', null, kit.problemTitle(error)),
					reference ? element('div', {class: 'pv-small'}, reference) : null,
					errors.length ? element('ul', {class: 'c-mb-0'}, errors.map(
						([field, message]) => element('li', null, `${fieldName(field)}: ${message}`))) : null));
		},

		fieldGroup(control, labelText, extras, required) {
			const errorId = uniqueId('pv-error');
			const feedback = element('div', {class: 'form-feedback-group', hidden: true, id: errorId});
			const group = element('div', {class: 'form-group'},
				element('label', {for: control.id}, labelText, required ? kit.requiredMark() : null), control, extras || [], feedback);
			const describedBy = control.getAttribute('aria-describedby') || '';

			return {
				control,
				group,
				setError(message) {
					group.classList.toggle('has-error', Boolean(message));

					if (message) {
						control.setAttribute('aria-invalid', 'true');
						control.setAttribute('aria-describedby', `${describedBy} ${errorId}`.trim());
						replaceChildren(feedback, element('div', {class: 'form-feedback-item'}, message));
						feedback.hidden = false;
					}
					else {
						control.removeAttribute('aria-invalid');

						if (describedBy) {
							control.setAttribute('aria-describedby', describedBy);
						}
						else {
							control.removeAttribute('aria-describedby');
						}

						replaceChildren(feedback);
						feedback.hidden = true;
					}
				},
			};
		},

		// the control says it is required itself (aria-required); the mark is for the eye only
		requiredMark() {
			return element('span', {'aria-hidden': 'true', class: 'pv-required-mark'}, ' *');
		},

		textField({help, label, max, multiline, name, required, rows, type, value}) {
			const id = uniqueId('pv-field');
			const helpId = help ? uniqueId('pv-help') : null;
			const counterId = max ? uniqueId('pv-counter') : null;
			const describedBy = [helpId, counterId].filter(Boolean).join(' ');
			const control = element(multiline ? 'textarea' : 'input', {
				'aria-describedby': describedBy || null,
				'aria-required': required ? 'true' : null,
				class: 'form-control',
				id,
				maxlength: max || null,
				name,
				rows: multiline ? rows || 4 : null,
				type: multiline ? null : type || 'text',
			});

			if (value !== undefined && value !== null && value !== '') {
				control.value = value;
			}

			const counter = max ? element('div', {class: 'form-text pv-counter', id: counterId}) : null;
			const updateCounter = () => {
				if (counter) {
					counter.textContent = t('x-of-x-characters', control.value.length, max);
				}
			};

			control.addEventListener('input', updateCounter);
			updateCounter();

			return kit.fieldGroup(control, label,
				[help ? element('div', {class: 'form-text', id: helpId}, help) : null, counter], required);
		},

		selectField(name, label, options, value, required) {
			const control = element('select', {
				'aria-required': required ? 'true' : null,
				class: 'form-control',
				id: uniqueId('pv-field'),
				name,
			}, options.map(([optionValue, optionLabel]) => element('option', {
				selected: optionValue === (value || ''),
				value: optionValue,
			}, optionLabel)));

			return kit.fieldGroup(control, label, null, required);
		},

		button(label, attributes) {
			return element('button', Object.assign({class: 'btn btn-secondary', type: 'button'}, attributes), label);
		},

		// Runs one request for a control: ignores repeated presses while it is under way.
		async busy(control, work) {
			if (control.getAttribute('aria-disabled') === 'true') {
				return;
			}

			control.setAttribute('aria-disabled', 'true');

			try {
				await work();
			}
			finally {
				control.removeAttribute('aria-disabled');
			}
		},

		loading() {
			return element('p', {'aria-busy': 'true', class: 'text-secondary', 'data-loading': ''}, t('loading'));
		},

		// An empty result says why and, where the viewer can change it, offers the way out.
		emptyState(text, action) {
			return element('div', {class: 'pv-empty', 'data-empty': ''},
				element('p', {class: 'text-secondary'}, text),
				action ? kit.button(action.label, {class: 'btn btn-secondary btn-sm', 'data-action': action.id, on: {click: action.run}})
					: null);
		},

		// A question in place of the button that asked it, for every step that cannot be undone (withdrawing, deleting,
		// ending a meeting): the safe answer gets the focus, Escape answers it too, and the focus returns to the button.
		confirmation(container, start, {question, confirmLabel, cancelLabel, confirmAction, cancelAction, onConfirm}) {
			const questionId = uniqueId('pv-confirm');
			const confirm = kit.button(confirmLabel, {class: 'btn btn-danger btn-sm', 'data-action': confirmAction});
			const cancel = kit.button(cancelLabel, {class: 'btn btn-secondary btn-sm', 'data-action': cancelAction});
			const box = element('div', {'aria-labelledby': questionId, class: 'alert alert-warning', 'data-confirmation': '', role: 'group'},
				element('p', {id: questionId}, question),
				element('div', {class: 'pv-button-row'}, confirm, cancel));
			const back = () => {
				replaceChildren(container, start);
				start.focus();
			};

			start.addEventListener('click', () => {
				replaceChildren(container, box);
				cancel.focus();
			});
			cancel.addEventListener('click', back);
			box.addEventListener('keydown', (event) => {
				if (event.key === 'Escape' && box.isConnected && confirm.getAttribute('aria-disabled') !== 'true') {
					event.preventDefault();
					event.stopPropagation();
					back();
				}
			});
			confirm.addEventListener('click', () => kit.busy(confirm, onConfirm));

			return replaceChildren(container, start);
		},

		// The text of a privacy-screen warning in the viewer's language, by its code (PrivacyWarning in the core).
		privacyWarningMessage(warning) {
			const known = ['date-of-birth', 'email', 'health-disclosure', 'national-id', 'phone', 'record-number', 'screen-incomplete',
				'ssn', 'street-address'];

			return known.includes(warning.code) ? t(`privacy-warning-${warning.code}`) : warning.message || t('privacy-warning-other');
		},

		// The writer's choice after the screen warned (a 422): edit the text, or send it as it is. The one rendering of
		// every element's warnings: each warning once, the two buttons apart in a .pv-button-row (pv-base.css).
		privacyWarnings(holder, found, {confirmLabel, fieldLabel, intro, onConfirm, onEdit}) {
			const edit = kit.button(t('edit-my-text'), {class: 'btn btn-secondary btn-sm', 'data-action': 'edit-text'});
			const confirm = kit.button(confirmLabel, {class: 'btn btn-warning btn-sm', 'data-action': 'post-anyway'});

			edit.addEventListener('click', onEdit);
			confirm.addEventListener('click', () => kit.busy(confirm, onConfirm));
			replaceChildren(holder, element('div', {class: 'alert alert-warning'},
				element('p', {class: 'c-mb-2'}, element('strong', null, t('check-your-text-before-posting'))),
				element('p', null, intro || t('privacy-warnings-intro')),
				element('ul', null, distinctWarnings(found).map((warning) => element('li', {'data-warning-code': warning.code},
					`${(fieldLabel || fieldName)(warning.field)}: ${kit.privacyWarningMessage(warning)}`,
					warning.excerpt ? [' (', element('q', {dir: 'auto'}, warning.excerpt), ')'] : null))),
				element('div', {class: 'pv-button-row'}, edit, confirm)));
			edit.focus();
		},

		pagination(page, goTo) {
			if (!page || !page.lastPage || page.lastPage <= 1) {
				return null;
			}

			const current = page.page;
			const last = page.lastPage;
			const numbers = [];

			for (let number = 1; number <= last; number++) {
				if (number === 1 || number === last || Math.abs(number - current) <= 1) {
					numbers.push(number);
				}
				else if (numbers[numbers.length - 1] !== '...') {
					numbers.push('...');
				}
			}

			const pageButton = (label, number, attributes) => paginationButton(goTo, label, number, attributes);

			return element('nav', {'aria-label': t('pagination'), class: 'pv-pagination', 'data-pagination': ''},
				element('ul', {class: 'pagination flex-wrap'},
					pageButton(t('previous'), current - 1, {disabled: current <= 1, label: t('previous-page')}),
					numbers.map((number) => (number === '...'
						? element('li', {'aria-hidden': 'true', class: 'page-item disabled'},
							element('span', {class: 'page-link'}, '\u2026'))
						: pageButton(String(number), number, {
							current: number === current,
							label: t('page-x-of-x', number, last),
						}))),
					pageButton(t('next'), current + 1, {disabled: current >= last, label: t('next-page')})));
		},

		// A page of a list that is not counted ({items, page, hasMore}): Previous, the page's number and Next.
		morePagination(slice, goTo) {
			if (!slice || (slice.page <= 1 && !slice.hasMore)) {
				return null;
			}

			const current = slice.page;

			return element('nav', {'aria-label': t('pagination'), class: 'pv-pagination', 'data-pagination': ''},
				element('ul', {class: 'pagination flex-wrap'},
					paginationButton(goTo, t('previous'), current - 1, {disabled: current <= 1, label: t('previous-page')}),
					element('li', {class: 'page-item active'}, element('span', {'aria-current': 'page', class: 'page-link'}, String(current))),
					paginationButton(goTo, t('next'), current + 1, {disabled: !slice.hasMore, label: t('next-page')})));
		},
	};

	return kit;
}
