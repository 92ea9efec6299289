package org.peervoice.liferay.framework.portal;

import java.io.IOException;

import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.FilterConfig;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletRequest;

import com.liferay.portal.kernel.security.permission.PermissionThreadLocal;

/**
 * Plays Liferay's auth verifier pipeline for {@code /o/} requests, the way its portal-session
 * verifier works in 7.4: the session's user only when the request carries the session's CSRF
 * token ({@code X-CSRF-Token} header or {@code p_auth} parameter), otherwise the guest; either way
 * a PermissionChecker is left in {@code PermissionThreadLocal} for the request's thread.
 */
final class AuthVerifierFilter implements Filter {

	static final String SESSION_COOKIE = "JSESSIONID";

	private final PortalDirectory directory;

	AuthVerifierFilter(PortalDirectory directory) {
		this.directory = directory;
	}

	@Override
	public void init(FilterConfig filterConfig) {
	}

	@Override
	public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
		HttpServletRequest httpRequest = (HttpServletRequest)request;
		String token = httpRequest.getHeader("X-CSRF-Token");
		if (token == null) {
			token = httpRequest.getParameter("p_auth");
		}
		PermissionThreadLocal.setPermissionChecker(directory.permissionChecker(directory.verifiedUser(sessionId(httpRequest), token)));
		try {
			chain.doFilter(request, response);
		}
		finally {
			PermissionThreadLocal.setPermissionChecker(null);
		}
	}

	private static String sessionId(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies != null) {
			for (Cookie cookie : cookies) {
				if (SESSION_COOKIE.equals(cookie.getName())) {
					return cookie.getValue();
				}
			}
		}
		return null;
	}

	@Override
	public void destroy() {
	}

}
