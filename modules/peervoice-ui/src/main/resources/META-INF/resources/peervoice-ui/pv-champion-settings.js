/**
 * The champion directory's section of the site settings panel (pv-site-settings.js), for administrators (CONFIGURE):
 * whether leadership approves listings, the re-confirmation period and grace, the phone region, whether owners may edit
 * the name, e-mail and title their profile gives, and the expertise vocabulary (pv-champion-vocabulary.js). Loaded wherever the
 * panel is shown (the site settings widget lists it among its modules).
 *
 * Hooks for browser tests: section[data-settings-section=champions] input[name=approvalRequired|reconfirmDays|
 * graceDays|phoneRegion|profileFieldsEditable], button[data-action=save-champion-settings].
 */

import {encodeId} from './pv-api.js';
import {element, replaceChildren, uniqueId} from './pv-dom.js';
import {renderVocabulary} from './pv-champion-vocabulary.js';
import {registerSettingsSection} from './pv-site-settings.js';

function renderSettings({api, kit, siteId, t}) {
	const holder = element('div', null, kit.loading());
	const alert = kit.alertRegion();

	api.get(`/sites/${encodeId(siteId)}/champion-settings`).then((settings) => {
		const approval = element('input', {checked: settings.approvalRequired, id: uniqueId('pv-field'), name: 'approvalRequired',
			type: 'checkbox'});
		const days = kit.textField({label: t('champion-reconfirm-days'), name: 'reconfirmDays', type: 'number',
			value: String(settings.reconfirmDays)});
		const grace = kit.textField({label: t('champion-grace-days'), name: 'graceDays', type: 'number', value: String(settings.graceDays)});
		const region = kit.textField({help: t('champion-phone-region-help'), label: t('champion-phone-region'), name: 'phoneRegion',
			value: settings.phoneRegion});
		const profileHelpId = uniqueId('pv-help');
		// a settings response without the property (an older server) is the default: editable
		const profileFields = element('input', {'aria-describedby': profileHelpId, checked: settings.profileFieldsEditable !== false,
			id: uniqueId('pv-field'), name: 'profileFieldsEditable', type: 'checkbox'});
		const save = kit.button(t('save-settings'), {class: 'btn btn-primary', 'data-action': 'save-champion-settings'});

		save.addEventListener('click', () => kit.busy(save, async () => {
			kit.clearAlert(alert);

			try {
				await api.put(`/sites/${encodeId(siteId)}/champion-settings`, {
					approvalRequired: approval.checked,
					graceDays: Number(grace.control.value),
					phoneRegion: region.control.value.trim().toUpperCase(),
					profileFieldsEditable: profileFields.checked,
					reconfirmDays: Number(days.control.value),
				});
				replaceChildren(alert, element('div', {class: 'alert alert-success'}, t('the-settings-were-saved')));
			}
			catch (error) {
				kit.showProblem(alert, error);
			}
		}));
		replaceChildren(holder, element('div', {class: 'form-check'}, approval,
			element('label', {for: approval.id}, t('champion-approval-required'))),
		days.group, grace.group, region.group,
		element('div', {class: 'form-check'}, profileFields,
			element('label', {for: profileFields.id}, t('champion-profile-fields-editable')),
			element('div', {class: 'form-text', id: profileHelpId}, t('champion-profile-fields-editable-help'))),
		alert, save,
		element('h5', {class: 'mt-4'}, t('champion-vocabulary')), renderVocabulary({api, kit, siteId, t}));
	}, (error) => {
		replaceChildren(holder, alert);
		kit.showProblem(alert, error);
	});

	return holder;
}

registerSettingsSection({
	id: 'champions',
	order: 20,
	render: renderSettings,
	title: (t) => t('champion-directory'),
});
