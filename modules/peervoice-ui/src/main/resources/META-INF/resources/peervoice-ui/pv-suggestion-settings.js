/**
 * The suggestion box's section of the site settings (pv-site-settings.js): publication mode, the anonymous delivery
 * window, and the categories (add, rename, reorder, retire, restore). Saves with PUT /sites/{siteId}/suggestion-settings.
 *
 * Hooks for browser tests: form[data-form=suggestion-settings]: input[type=radio][name=publication][value=REVIEW_FIRST|
 * IMMEDIATE], input[name=mixingWindowMinutes], input[name=digestPeriodMinutes], ol[data-categories] li[data-category-key=<key>][data-retired] with
 * input[name=label] and button[data-action=move-up|move-down|retire|restore]; input[name=newCategory],
 * button[data-action=add-category], button[data-action=save-settings], [data-settings-notice].
 */

import {element, replaceChildren, uniqueId} from './pv-dom.js';
import {createKit} from './pv-kit.js';
import {registerSettingsSection} from './pv-site-settings.js';

export const MIXING_WINDOW_MIN = 5;
export const MIXING_WINDOW_MAX = 60;
export const DIGEST_PERIOD_MIN = 60;
export const DIGEST_PERIOD_MAX = 10080;
export const DIGEST_PERIOD_DEFAULT = 1440;
const MAX_CATEGORIES = 30;
const LABEL_MAX = 80;
const KEY_MAX = 60;

// The default categories' stored (English) labels: while a site keeps one, the viewer reads it in their language.
const DEFAULT_LABELS = {
	other: 'Other',
	'peer-role-and-scope': 'Peer role and scope',
	'policies-and-procedures': 'Policies and procedures',
	'services-and-access': 'Services and access',
	'supervision-and-training': 'Supervision and training',
	'workplace-culture': 'Workplace culture',
};

function defaultLabel(t, key) {
	const translations = {
		other: () => t('other'),
		'peer-role-and-scope': () => t('peer-role-and-scope'),
		'policies-and-procedures': () => t('policies-and-procedures'),
		'services-and-access': () => t('services-and-access'),
		'supervision-and-training': () => t('supervision-and-training'),
		'workplace-culture': () => t('workplace-culture'),
	};

	return translations[key] ? translations[key]() : null;
}

/** The name a viewer reads for a category: its label, or the translation of a default category not renamed. */
export function categoryLabel(t, categories, key) {
	const category = (categories || []).find((candidate) => candidate.key === key);

	if (!category || category.label === DEFAULT_LABELS[key]) {
		return defaultLabel(t, key) || (category ? category.label : key);
	}

	return category.label;
}

/** A key for a new category: its name in lowercase ASCII words joined by hyphens, unique among the others. */
export function categoryKey(label, takenKeys) {
	const base = String(label).normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
		.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, KEY_MAX - 4).replace(/-+$/, '') || 'category';
	let key = base;

	for (let suffix = 2; takenKeys.includes(key); suffix++) {
		key = `${base}-${suffix}`;
	}

	return key;
}

/** Client-side checks, in the server's field names and codes; empty when the settings may be sent. */
export function settingsErrors(settings) {
	const errors = {};
	const window = settings.mixingWindowMinutes;

	if (!Number.isInteger(window) || window < MIXING_WINDOW_MIN || window > MIXING_WINDOW_MAX) {
		errors.mixingWindowMinutes = 'out-of-range';
	}

	const digest = settings.digestPeriodMinutes;

	if (digest !== undefined && (!Number.isInteger(digest) || digest < DIGEST_PERIOD_MIN || digest > DIGEST_PERIOD_MAX)) {
		errors.digestPeriodMinutes = 'out-of-range';
	}

	settings.categories.forEach((category, index) => {
		if (!category.label.trim()) {
			errors[`categories[${index}].label`] = 'required';
		}
	});

	if (!settings.categories.some((category) => !category.retired)) {
		errors.categories = 'no-active-category';
	}

	return errors;
}

function renderSection(context) {
	const {api, kit} = context;
	const form = element('form', {'data-form': 'suggestion-settings', novalidate: true}, kit.loading());
	const path = `/sites/${encodeURIComponent(String(context.siteId))}/suggestion-settings`;

	api.get(path)
		.then((settings) => renderForm(form, settings, context, path))
		.catch((error) => {
			const alert = kit.alertRegion();

			replaceChildren(form, alert);
			kit.showProblem(alert, error);
		});

	form.addEventListener('submit', (event) => event.preventDefault());

	return form;
}

function renderForm(form, stored, context, path) {
	const {api, t} = context;
	const messages = {
		'duplicate-key': () => t('category-name-already-used'),
		'invalid-choice': () => t('choose-a-publication-mode'),
		'invalid-count': () => t('list-one-to-x-categories', MAX_CATEGORIES),
		'invalid-key': () => t('category-key-not-valid'),
		'no-active-category': () => t('keep-at-least-one-category-open'),
		'digest-out-of-range': () => t('enter-a-whole-number-from-x-to-x', DIGEST_PERIOD_MIN, DIGEST_PERIOD_MAX),
		'out-of-range': () => t('enter-a-whole-number-from-x-to-x', MIXING_WINDOW_MIN, MIXING_WINDOW_MAX),
	};
	const kit = createKit(t, {
		codeMessages: messages,
		fieldName: (field) => fieldName(t, field),
		limits: {label: LABEL_MAX},
	});
	const alert = kit.alertRegion();
	const notice = element('div', {'data-settings-notice': '', role: 'status'});
	const categories = stored.categories.map((category) => ({
		key: category.key,
		label: categoryLabel(t, stored.categories, category.key),
		original: category.label,
		retired: Boolean(category.retired),
	}));
	const publication = choiceGroup(kit, t, stored.publication);
	const windowField = kit.textField({
		help: t('mixing-window-help-from-x-to-x', MIXING_WINDOW_MIN, MIXING_WINDOW_MAX),
		label: t('anonymous-delivery-window-minutes'),
		name: 'mixingWindowMinutes',
		type: 'number',
		value: String(stored.mixingWindowMinutes || MIXING_WINDOW_MAX),
	});

	windowField.control.setAttribute('min', String(MIXING_WINDOW_MIN));
	windowField.control.setAttribute('max', String(MIXING_WINDOW_MAX));
	windowField.control.setAttribute('inputmode', 'numeric');

	// how often reviewers get a digest of their queue (docs/notifications.md)
	const digestField = kit.textField({
		help: t('digest-period-help-from-x-to-x', DIGEST_PERIOD_MIN, DIGEST_PERIOD_MAX),
		label: t('review-digest-period-minutes'),
		name: 'digestPeriodMinutes',
		type: 'number',
		value: String(stored.digestPeriodMinutes || DIGEST_PERIOD_DEFAULT),
	});

	digestField.control.setAttribute('min', String(DIGEST_PERIOD_MIN));
	digestField.control.setAttribute('max', String(DIGEST_PERIOD_MAX));
	digestField.control.setAttribute('inputmode', 'numeric');

	const list = element('ol', {class: 'list-unstyled pv-category-list', 'data-categories': ''});
	const listFeedback = element('div', {class: 'form-feedback-group', hidden: true, id: uniqueId('pv-error')});
	const newCategory = kit.textField({label: t('new-category'), max: LABEL_MAX, name: 'newCategory'});
	const add = kit.button(t('add-category'), {class: 'btn btn-secondary btn-sm', 'data-action': 'add-category'});
	const save = element('button', {class: 'btn btn-primary', 'data-action': 'save-settings', type: 'submit'}, t('save-settings'));
	const categoryFields = [];

	const drawCategories = (focus) => {
		categoryFields.length = 0;
		replaceChildren(list, categories.map((category, index) => {
			const name = category.label || category.key;
			const field = kit.textField({label: t('category-x', index + 1), max: LABEL_MAX, name: 'label', required: true, value: category.label});
			const action = (id, label, run, disabled) => kit.button(label, {
				'aria-label': `${label}: ${name}`,
				class: 'btn btn-secondary btn-sm',
				'data-action': id,
				disabled,
				on: {click: () => run(id)},
			});
			const move = (by) => (id) => {
				categories.splice(index + by, 0, categories.splice(index, 1)[0]);
				drawCategories({action: id, index: index + by});
			};

			field.control.addEventListener('input', () => {
				category.label = field.control.value;
			});
			categoryFields.push(field);

			return element('li', {
				class: `pv-category${category.retired ? ' pv-category-retired' : ''}`,
				'data-category-key': category.key,
				'data-retired': category.retired ? 'true' : null,
			},
			field.group,
			category.retired ? element('span', {class: 'label label-secondary'},
				element('span', {class: 'label-item label-item-expand'}, t('retired'))) : null,
			element('div', {class: 'pv-button-row'},
				action('move-up', t('move-up'), move(-1), index === 0),
				action('move-down', t('move-down'), move(1), index === categories.length - 1),
				category.retired
					? action('restore', t('restore'), () => {
						category.retired = false;
						drawCategories({action: 'retire', index});
					})
					: action('retire', t('retire'), () => {
						category.retired = true;
						drawCategories({action: 'restore', index});
					})));
		}));

		if (focus) {
			const item = list.children[focus.index];
			const target = item && (item.querySelector(`[data-action="${focus.action}"]:not([disabled])`) || item.querySelector('input'));

			if (target) {
				target.focus();
			}
		}
	};

	add.addEventListener('click', () => {
		const label = newCategory.control.value.trim();

		newCategory.setError(null);

		if (!label) {
			newCategory.setError(t('text-error-required'));
			newCategory.control.focus();

			return;
		}

		if (categories.length >= MAX_CATEGORIES) {
			newCategory.setError(t('list-one-to-x-categories', MAX_CATEGORIES));
			newCategory.control.focus();

			return;
		}

		categories.push({key: categoryKey(label, categories.map((category) => category.key)), label, retired: false});
		newCategory.control.value = '';
		newCategory.control.dispatchEvent(new Event('input'));
		drawCategories({action: 'none', index: categories.length - 1});
	});

	const showErrors = (codes) => {
		let first = null;
		const mark = (field, code) => {
			field.setError(code ? kit.codeMessage(code, 'label') : null);

			if (code && !first) {
				first = field.control;
			}
		};

		publication.setError(codes.publication ? messages['invalid-choice']() : null);
		first = codes.publication ? publication.control : null;
		mark(windowField, codes.mixingWindowMinutes && 'out-of-range');
		mark(digestField, codes.digestPeriodMinutes && 'digest-out-of-range');
		categoryFields.forEach((field, index) => mark(field, codes[`categories[${index}].label`] || codes[`categories[${index}].key`]));
		replaceChildren(listFeedback, codes.categories ? element('div', {class: 'form-feedback-item'},
			messages[codes.categories] ? messages[codes.categories]() : codes.categories) : null);
		listFeedback.hidden = !codes.categories;
		list.parentNode.classList.toggle('has-error', Boolean(codes.categories));

		return first || (codes.categories ? (list.querySelector('button:not([disabled])') || newCategory.control) : null);
	};

	const request = () => ({
		categories: categories.map((category) => ({
			key: category.key,

			// an untouched default category keeps its stored English label, so each viewer still reads it translated
			label: category.original && category.label === categoryLabel(t, stored.categories, category.key)
				? category.original : category.label.trim(),
			retired: category.retired,
		})),
		digestPeriodMinutes: Number(digestField.control.value.trim()),
		mixingWindowMinutes: Number(windowField.control.value.trim()),
		publication: publication.value(),
	});

	form.addEventListener('submit', () => kit.busy(save, async () => {
		const body = request();
		const errors = settingsErrors(body);

		kit.clearAlert(alert);
		replaceChildren(notice);

		const first = showErrors(errors);

		if (first) {
			first.focus();

			return;
		}

		try {
			const saved = await api.put(path, body);

			context.onSaved('suggestions', saved);
			showErrors({});
			notice.className = 'alert alert-success';
			notice.textContent = t('the-settings-were-saved');
		}
		catch (error) {
			kit.showProblem(alert, error);

			const codes = (error.problem && error.problem.errorCodes) || {};
			const target = showErrors(codes);

			if (target) {
				target.focus();
			}
		}
	}));

	drawCategories(null);
	replaceChildren(form,
		alert,
		publication.group,
		windowField.group,
		digestField.group,
		element('fieldset', {'aria-describedby': listFeedback.id, class: 'form-group pv-categories'},
			element('legend', {class: 'pv-legend'}, t('categories')),
			element('p', {class: 'form-text'}, t('retired-categories-help')),
			list, listFeedback,
			element('div', {class: 'pv-add-category'}, newCategory.group, add)),
		notice,
		element('div', {class: 'pv-button-row'}, save));
}

function choiceGroup(kit, t, value) {
	const name = 'publication';
	const choices = [
		['REVIEW_FIRST', t('publication-review-first'), t('publication-review-first-help')],
		['IMMEDIATE', t('publication-immediate'), t('publication-immediate-help')],
	];
	const inputs = [];
	const feedback = element('div', {class: 'form-feedback-group', hidden: true});
	const group = element('fieldset', {class: 'form-group'},
		element('legend', {class: 'pv-legend'}, t('publication')),
		choices.map(([choice, label, help]) => {
			const helpId = uniqueId('pv-help');
			const input = element('input', {
				'aria-describedby': helpId,
				checked: choice === value,
				class: 'custom-control-input',
				name,
				type: 'radio',
				value: choice,
			});

			inputs.push(input);

			return element('div', {class: 'custom-control custom-radio'},
				element('label', null, input,
					element('span', {class: 'custom-control-label'},
						element('span', {class: 'custom-control-label-text'}, label))),
				element('div', {class: 'form-text pv-small', id: helpId}, help));
		}),
		feedback);

	return {
		control: inputs[0],
		group,
		setError(message) {
			group.classList.toggle('has-error', Boolean(message));
			replaceChildren(feedback, message ? element('div', {class: 'form-feedback-item'}, message) : null);
			feedback.hidden = !message;
		},
		value() {
			const checked = inputs.find((input) => input.checked);

			return checked ? checked.value : null;
		},
	};
}

function fieldName(t, field) {
	const names = {
		categories: () => t('categories'),
		digestPeriodMinutes: () => t('review-digest-period-minutes'),
		mixingWindowMinutes: () => t('anonymous-delivery-window-minutes'),
		publication: () => t('publication'),
	};
	const item = /^categories\[(\d+)\]/.exec(field);

	if (item) {
		return t('category-x', Number(item[1]) + 1);
	}

	return names[field] ? names[field]() : field;
}

registerSettingsSection({
	id: 'suggestions',
	order: 10,
	render: renderSection,
	title: (t) => t('suggestion-box'),
});
