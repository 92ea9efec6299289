/**
 * The values of the recognition board (recognized "for"): stored as written by the site's administrator, or, for the
 * default values, as keys (recovery-oriented, hope...) that each viewer reads in their own language
 * (recognition-value-* in content/Language*.properties). The board and its settings both say them through here.
 */

/** The value as the viewer reads it: a default value's label in their language, any other value as written. */
export function valueLabel(t, value) {
	const key = `recognition-value-${value}`;
	const translated = t(key);

	return translated === key ? value : translated;
}

/** The settings' values as the administrator edits them: one label a line, in the viewer's language. */
export function valuesText(t, values) {
	return (values || []).map((value) => valueLabel(t, value)).join('\n');
}

/**
 * The value a line of the settings stands for: a line that reads as one of the known values' labels (or is its key) is
 * that value, so a default value keeps its key and stays translated for every viewer; any other line is a new value.
 */
export function valueOfLine(t, known, line) {
	const text = String(line || '').trim();
	const found = (known || []).find((value) => value === text || valueLabel(t, value).toLocaleLowerCase() === text.toLocaleLowerCase());

	return found || text;
}
