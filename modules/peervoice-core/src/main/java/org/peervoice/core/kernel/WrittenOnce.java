package org.peervoice.core.kernel;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The written form (JSON) of the parts of a view that a node shares between callers, kept with the shared copy they were
 * made from, so that a part every caller sees alike is written once per copy, not once per request (docs/architecture.md,
 * "Parts written once per copy"). Core never writes JSON: the REST layer asks {@link #form} with the part's
 * {@link Part#writtenOnceKey() key} and how to write it. Bounded: beyond {@link #MOST} forms a part is written for the
 * request and not kept.
 */
public final class WrittenOnce {

	/** More than a copy's distinct parts ever are (a live view: 51 questions in 4 variants, its polls, its town hall). */
	static final int MOST = 1024;

	private final Map<Object, String> forms = new ConcurrentHashMap<>();

	/** The form kept under this key, or the one {@code write} gives (kept unless {@link #MOST} are). */
	public String form(Object key, Supplier<String> write) {
		String form = forms.get(key);
		if (form != null) {
			return form;
		}
		form = write.get();
		if (forms.size() < MOST) {
			forms.putIfAbsent(key, form);
		}
		return form;
	}

	/** How many forms are kept. */
	public int size() {
		return forms.size();
	}

	/**
	 * A part of a view made from a shared copy: its written form depends only on the copy and on its key (the few things
	 * that differ between callers, such as whether the caller voted). Method names are no bean properties, so the part's
	 * JSON never shows them.
	 */
	public interface Part {

		/** Where the part's form is kept for its copy, or null when it is made for this request alone. */
		WrittenOnce writtenOnce();

		/** Everything besides the copy that the part's written form depends on; equal keys, equal forms. */
		Object writtenOnceKey();

	}

}
