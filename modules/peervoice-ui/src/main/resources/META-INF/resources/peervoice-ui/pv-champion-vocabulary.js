/**
 * The site's expertise vocabulary and the free tags waiting for leadership (champion directory): shown in the
 * directory's Nominations tab (APPROVE_LISTINGS) and in the champion section of the site settings (CONFIGURE).
 * Talks to /sites/{siteId}/champion-expertise (openapi.yaml).
 *
 * Hooks for browser tests: [data-vocabulary] li[data-term=<tag>] button[data-action=remove-term];
 * form[data-form=vocabulary] input[name=term], button[data-action=add-term];
 * [data-pending-tags] li[data-pending-tag=<tag>] button[data-action=accept-tag|reject-tag].
 */

import {encodeId} from './pv-api.js';
import {element, isolated, replaceChildren, sentence} from './pv-dom.js';

export const CHAMPION_TAG_MAX = 40;

/** A section that loads the vocabulary and lets the caller change it; returns its holder at once. */
export function renderVocabulary({api, kit, siteId, t}) {
	const holder = element('div', {class: 'pv-champion-vocabulary'}, kit.loading());
	const base = `/sites/${encodeId(siteId)}/champion-expertise`;
	const alert = kit.alertRegion();

	const change = (control, path, term) => kit.busy(control, async () => {
		kit.clearAlert(alert);

		try {
			show(await api.post(`${base}${path}`, {term}));
		}
		catch (error) {
			kit.showProblem(alert, error);
		}
	});

	function show(vocabulary) {
		const input = kit.textField({label: t('champion-vocabulary-new-term'), max: CHAMPION_TAG_MAX, name: 'term', required: true});
		const add = kit.button(t('champion-vocabulary-add'), {class: 'btn btn-primary btn-sm', 'data-action': 'add-term', type: 'submit'});
		const form = element('form', {'data-form': 'vocabulary', on: {submit: (event) => {
			event.preventDefault();
			change(add, '/terms', input.control.value);
		}}}, input.group, add);
		const terms = vocabulary.terms.length ? element('ul', {class: 'list-unstyled', 'data-vocabulary': ''},
			vocabulary.terms.map((term) => element('li', {'data-term': term}, isolated(term), ' ',
				kit.button(sentence(t, 'champion-vocabulary-remove-x', term), {class: 'btn btn-link btn-sm', 'data-action': 'remove-term',
					on: {click: (event) => change(event.currentTarget, '/terms/remove', term)}}))))
			: element('p', {class: 'text-secondary', 'data-vocabulary': ''}, t('champion-vocabulary-empty'));
		const pending = vocabulary.pending || [];
		const waiting = element('section', {'data-pending-tags': ''}, element('h5', null, t('champion-pending-tags')),
			pending.length ? element('ul', {class: 'list-unstyled'}, pending.map((tag) => element('li', {'data-pending-tag': tag.value},
				sentence(t, 'champion-pending-x-listings', tag.value, tag.count), ' ',
				kit.button(sentence(t, 'champion-accept-tag-x', tag.value), {class: 'btn btn-secondary btn-sm', 'data-action': 'accept-tag',
					on: {click: (event) => change(event.currentTarget, '/terms', tag.value)}}),
				' ',
				kit.button(sentence(t, 'champion-reject-tag-x', tag.value), {class: 'btn btn-outline-danger btn-sm', 'data-action': 'reject-tag',
					on: {click: (event) => change(event.currentTarget, '/pending/reject', tag.value)}}))))
				: element('p', {class: 'text-secondary'}, t('champion-pending-tags-empty')));

		replaceChildren(holder, element('p', {class: 'text-secondary'}, t('champion-vocabulary-intro')), terms, form, waiting, alert);
	}

	api.get(base).then(show, (error) => {
		replaceChildren(holder, alert);
		kit.showProblem(alert, error);
	});

	return holder;
}
