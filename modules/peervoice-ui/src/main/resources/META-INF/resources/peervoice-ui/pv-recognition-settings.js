/**
 * The recognition board's section of the site settings panel (pv-site-settings.js), for administrators (CONFIGURE):
 * the values people recognize each other for (one per line, each in the viewer's language: a default value's label maps back
 * to its key, pv-recognition-values.js), whether
 * recognition about a person shows publicly until they choose "ask me first", and how many recognitions one person
 * may give per day. Loaded wherever the panel is shown (the site settings widget lists it among its modules).
 *
 * Hooks for browser tests: section[data-settings-section=recognition] textarea[name=values],
 * input[name=publicByDefault|dailyLimit], button[data-action=save-recognition-settings].
 */

import {encodeId} from './pv-api.js';
import {element, replaceChildren, uniqueId} from './pv-dom.js';
import {valueOfLine, valuesText} from './pv-recognition-values.js';
import {registerSettingsSection} from './pv-site-settings.js';

// The limits of openapi.yaml (RecognitionSettings).
export const RECOGNITION_SETTINGS_LIMITS = {RECOGNITION_DAILY_LIMIT_MAX: 50, RECOGNITION_DAILY_LIMIT_MIN: 1};

/**
 * The body of PUT /recognition-settings: the values one per line, trimmed, blank lines and repeats left out; a line that
 * reads as a known value's label in the viewer's language (t, known: the values read) is that value's key.
 */
export function recognitionSettingsRequest(text, publicByDefault, dailyLimit, t, known) {
	const values = [];

	for (const line of String(text || '').split('\n')) {
		const value = t ? valueOfLine(t, known, line) : line.trim();

		if (value && !values.includes(value)) {
			values.push(value);
		}
	}

	return {dailyLimit: Number(dailyLimit), publicByDefault: Boolean(publicByDefault), values};
}

function renderSettings({api, kit, siteId, t}) {
	const holder = element('div', null, kit.loading());
	const alert = kit.alertRegion();
	const path = `/sites/${encodeId(siteId)}/recognition-settings`;

	api.get(path).then((settings) => {
		const values = kit.textField({help: t('recognition-settings-values-help'), label: t('recognition-settings-values'), multiline: true,
			name: 'values', rows: 8, value: valuesText(t, settings.values)});
		const publicByDefault = element('input', {checked: settings.publicByDefault, id: uniqueId('pv-field'), name: 'publicByDefault',
			type: 'checkbox'});
		const dailyLimit = kit.textField({help: t('recognition-settings-daily-limit-help'), label: t('recognition-settings-daily-limit'),
			name: 'dailyLimit', type: 'number', value: String(settings.dailyLimit)});
		const save = kit.button(t('save-settings'), {class: 'btn btn-primary', 'data-action': 'save-recognition-settings'});

		dailyLimit.control.setAttribute('min', String(RECOGNITION_SETTINGS_LIMITS.RECOGNITION_DAILY_LIMIT_MIN));
		dailyLimit.control.setAttribute('max', String(RECOGNITION_SETTINGS_LIMITS.RECOGNITION_DAILY_LIMIT_MAX));
		save.addEventListener('click', () => kit.busy(save, async () => {
			kit.clearAlert(alert);

			try {
				const saved = await api.put(path, recognitionSettingsRequest(values.control.value, publicByDefault.checked, dailyLimit.control.value, t,
					settings.values));

				settings.values = saved && saved.values ? saved.values : settings.values;
				replaceChildren(alert, element('div', {class: 'alert alert-success'}, t('the-settings-were-saved')));
			}
			catch (error) {
				kit.showProblem(alert, error);
			}
		}));
		replaceChildren(holder, values.group,
			element('div', {class: 'form-check'}, publicByDefault,
				element('label', {for: publicByDefault.id}, t('recognition-settings-public-by-default'))),
			dailyLimit.group, alert, save);
	}, (error) => {
		replaceChildren(holder, alert);
		kit.showProblem(alert, error);
	});

	return holder;
}

registerSettingsSection({
	id: 'recognition',
	order: 30,
	render: renderSettings,
	title: (t) => t('recognition-board'),
});
