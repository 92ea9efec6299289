package org.peervoice.devportal;

import java.util.Collections;
import java.util.Locale;
import java.util.Map;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpSession;

/**
 * The dev portal's own chrome text in English and Spanish, and which of the two a request
 * gets: {@code ?lang=} (remembered in the session), else the browser's Accept-Language.
 */
final class PageText {

	static final String ENGLISH = "en";
	static final String SPANISH = "es";

	private static final Map<String, String> EN = Map.ofEntries(
		Map.entry("portal-name", "PeerVoice intranet"),
		Map.entry("dev-portal-notice", "Development portal with demo data"),
		Map.entry("sign-in", "Sign in"),
		Map.entry("sign-in-title", "Sign in to the PeerVoice intranet"),
		Map.entry("user-name", "User name"),
		Map.entry("password", "Password"),
		Map.entry("sign-in-failed", "The user name or password is wrong."),
		Map.entry("sign-in-expired", "This sign-in form has expired or did not come from this site. Please sign in again."),
		Map.entry("demo-users", "Demo users: alex (staff), casey (staff and peer champion), lee (leadership), admin (site administrator). The password is demo for all."),
		Map.entry("sign-out", "Sign out"),
		Map.entry("signed-in-as", "Signed in as"),
		Map.entry("sites", "Sites"),
		Map.entry("language", "Language"),
		Map.entry("suggestion-box", "Peer-Voice Suggestion Box"),
		Map.entry("champion-directory", "Peer Champion Directory"),
		Map.entry("town-halls", "Town Halls"),
		Map.entry("recognition-board", "Recognition Board"),
		Map.entry("site-pages", "Site pages"),
		Map.entry("skip-to-content", "Skip to content"),
		Map.entry("page-not-found", "This page does not exist."),
		Map.entry("back-home", "Back to the intranet"));

	private static final Map<String, String> ES = Map.ofEntries(
		Map.entry("portal-name", "Intranet PeerVoice"),
		Map.entry("dev-portal-notice", "Portal de desarrollo con datos de demostración"),
		Map.entry("sign-in", "Iniciar sesión"),
		Map.entry("sign-in-title", "Inicie sesión en la intranet PeerVoice"),
		Map.entry("user-name", "Nombre de usuario"),
		Map.entry("password", "Contraseña"),
		Map.entry("sign-in-failed", "El nombre de usuario o la contraseña no son correctos."),
		Map.entry("sign-in-expired", "Este formulario de inicio de sesión ha caducado o no procede de este sitio. Vuelva a iniciar sesión."),
		Map.entry("demo-users", "Usuarios de demostración: alex (personal), casey (personal y promotor de apoyo entre pares), lee (dirección), admin (administrador del sitio). La contraseña de todos es demo."),
		Map.entry("sign-out", "Cerrar sesión"),
		Map.entry("signed-in-as", "Sesión iniciada como"),
		Map.entry("sites", "Sitios"),
		Map.entry("language", "Idioma"),
		Map.entry("suggestion-box", "Buzón de sugerencias Peer-Voice"),
		Map.entry("champion-directory", "Directorio de promotores de apoyo entre pares"),
		Map.entry("town-halls", "Asambleas"),
		Map.entry("recognition-board", "Tablón de reconocimientos"),
		Map.entry("site-pages", "Páginas del sitio"),
		Map.entry("skip-to-content", "Saltar al contenido"),
		Map.entry("page-not-found", "Esta página no existe."),
		Map.entry("back-home", "Volver a la intranet"));

	private final String language;

	private PageText(String language) {
		this.language = language;
	}

	static PageText in(String language) {
		return new PageText(SPANISH.equals(language) ? SPANISH : ENGLISH);
	}

	static PageText forRequest(HttpServletRequest request) {
		String asked = CsrfFilter.queryParameter(request.getQueryString(), "lang");
		HttpSession session = request.getSession(false);
		if (ENGLISH.equals(asked) || SPANISH.equals(asked)) {
			request.getSession(true).setAttribute(SessionKeys.LANGUAGE, asked);
			return in(asked);
		}
		Object remembered = session == null ? null : session.getAttribute(SessionKeys.LANGUAGE);
		if (remembered instanceof String) {
			return in((String) remembered);
		}
		return in(fromAcceptLanguage(request));
	}

	private static String fromAcceptLanguage(HttpServletRequest request) {
		if (request.getHeader("Accept-Language") == null) {
			return ENGLISH;
		}
		for (Locale locale : Collections.list(request.getLocales())) {
			String candidate = locale.getLanguage();
			if (ENGLISH.equals(candidate) || SPANISH.equals(candidate)) {
				return candidate;
			}
		}
		return ENGLISH;
	}

	String language() {
		return language;
	}

	String get(String key) {
		String text = (SPANISH.equals(language) ? ES : EN).get(key);
		if (text == null) {
			throw new IllegalArgumentException("No page text " + key);
		}
		return text;
	}

	/** The text, escaped for HTML. */
	String html(String key) {
		return Html.escape(get(key));
	}

}
