/**
 * The role groups' section of the site settings panel (pv-site-settings.js), for administrators (CONFIGURE): how the
 * site places its people in role groups (peer staff, clinical staff, other staff, leadership) for the aggregate views
 * of the recognition board. Rules in order, the first that names one of a person's roles or user groups, or their
 * job title, decides; nobody matched is other staff. Saves with PUT /sites/{siteId}/role-group-rules.
 *
 * Hooks for browser tests: section[data-settings-section=role-groups] [data-rule] select[name=source|group]
 * input[name=name], button[data-action=add-rule|remove-rule|rule-up|rule-down|save-role-groups].
 */

import {encodeId} from './pv-api.js';
import {element, replaceChildren} from './pv-dom.js';
import {registerSettingsSection} from './pv-site-settings.js';

export const ROLE_GROUPS = ['PEER_STAFF', 'CLINICAL_STAFF', 'OTHER_STAFF', 'LEADERSHIP'];
const SOURCES = ['ROLE', 'USER_GROUP', 'JOB_TITLE'];
// The limits of openapi.yaml (RoleGroupSettings); ContractLimitsTest keeps them equal.
const ROLE_GROUP_NAME_MAX = 100;
const ROLE_GROUP_RULES_MAX = 40;

/** The translation key of a role group, e.g. role-group-peer-staff. */
export function roleGroupKey(group) {
	return `role-group-${group.toLowerCase().replace(/_/g, '-')}`;
}

function sourceKey(source) {
	return `role-group-source-${source.toLowerCase().replace(/_/g, '-')}`;
}

function renderSettings({api, kit, siteId, t}) {
	const holder = element('div', null, kit.loading());
	const alert = kit.alertRegion();
	const list = element('ol', {class: 'list-unstyled pv-role-group-rules'});
	let rules = [];

	const draw = (focusIndex, focusAction) => {
		replaceChildren(list, rules.length === 0 ? element('li', {class: 'text-secondary'}, t('role-group-no-rules')) : rules.map((rule, index) => {
			const number = index + 1;
			const source = kit.selectField('source', t('role-group-rule-x-source', number),
				SOURCES.map((value) => [value, t(sourceKey(value))]), rule.source, true);
			const name = kit.textField({label: t('role-group-rule-x-name', number), max: ROLE_GROUP_NAME_MAX, name: 'name', required: true,
				value: rule.name});
			const group = kit.selectField('group', t('role-group-rule-x-group', number),
				ROLE_GROUPS.map((value) => [value, t(roleGroupKey(value))]), rule.group, true);

			source.control.addEventListener('change', () => {
				rule.source = source.control.value;
			});
			name.control.addEventListener('input', () => {
				rule.name = name.control.value;
			});
			group.control.addEventListener('change', () => {
				rule.group = group.control.value;
			});

			const move = (action, label, to, disabled) => {
				const button = kit.button(label, {'class': 'btn btn-secondary btn-sm', 'data-action': action, disabled: disabled ? '' : null});

				button.addEventListener('click', () => {
					const [moved] = rules.splice(index, 1);

					if (to !== null) {
						rules.splice(to, 0, moved);
					}

					draw(to === null ? Math.min(index, rules.length - 1) : to, to === null ? 'remove-rule' : action);
				});

				return button;
			};

			return element('li', {class: 'sheet pv-role-group-rule', 'data-rule': String(index)},
				source.group, name.group, group.group,
				element('div', {class: 'btn-group flex-wrap'},
					move('rule-up', t('role-group-move-rule-x-up', number), index - 1, index === 0),
					move('rule-down', t('role-group-move-rule-x-down', number), index + 1, index === rules.length - 1),
					move('remove-rule', t('role-group-remove-rule-x', number), null, false)));
		}));

		if (focusIndex !== undefined && focusIndex >= 0) {
			const target = list.querySelector(`[data-rule="${focusIndex}"] [data-action="${focusAction}"]:not([disabled])`)
				|| list.querySelector(`[data-rule="${focusIndex}"] select`);

			if (target) {
				target.focus();
			}
		}
		else if (focusIndex !== undefined) {
			add.focus();
		}
	};

	const add = kit.button(t('role-group-add-rule'), {class: 'btn btn-secondary', 'data-action': 'add-rule'});
	const save = kit.button(t('save-settings'), {class: 'btn btn-primary', 'data-action': 'save-role-groups'});

	add.addEventListener('click', () => {
		if (rules.length >= ROLE_GROUP_RULES_MAX) {
			replaceChildren(alert, element('div', {class: 'alert alert-warning'}, t('role-group-at-most-x-rules', ROLE_GROUP_RULES_MAX)));

			return;
		}

		rules.push({group: 'PEER_STAFF', name: '', source: 'JOB_TITLE'});
		draw(rules.length - 1, 'none');
	});

	save.addEventListener('click', () => kit.busy(save, async () => {
		kit.clearAlert(alert);

		try {
			const stored = await api.put(`/sites/${encodeId(siteId)}/role-group-rules`, {
				rules: rules.map(({group, name, source}) => ({group, name: name.trim(), source})),
			});

			rules = stored.rules.map((rule) => ({...rule}));
			draw();
			replaceChildren(alert, element('div', {class: 'alert alert-success'}, t('the-settings-were-saved')));
		}
		catch (error) {
			kit.showProblem(alert, error);
		}
	}));

	api.get(`/sites/${encodeId(siteId)}/role-group-rules`).then((settings) => {
		rules = settings.rules.map((rule) => ({...rule}));
		draw();
		replaceChildren(holder, element('p', {class: 'text-secondary'}, t('role-group-intro')), list, add, alert, save);
	}, (error) => {
		replaceChildren(holder, alert);
		kit.showProblem(alert, error);
	});

	return holder;
}

registerSettingsSection({
	id: 'role-groups',
	order: 40,
	render: renderSettings,
	title: (t) => t('role-groups'),
});
