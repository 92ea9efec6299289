package org.peervoice.liferay.internal;

import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.json.JSONFactoryUtil;
import com.liferay.portal.kernel.language.LanguageUtil;
import com.liferay.portal.kernel.model.Group;
import com.liferay.portal.kernel.model.Layout;
import com.liferay.portal.kernel.model.LayoutConstants;
import com.liferay.portal.kernel.model.UserNotificationEvent;
import com.liferay.portal.kernel.notifications.BaseUserNotificationHandler;
import com.liferay.portal.kernel.notifications.UserNotificationHandler;
import com.liferay.portal.kernel.service.GroupLocalService;
import com.liferay.portal.kernel.service.LayoutLocalService;
import com.liferay.portal.kernel.service.LayoutLocalServiceUtil;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.HtmlUtil;
import com.liferay.portal.kernel.util.Portal;
import com.liferay.portal.kernel.util.PortalUtil;
import com.liferay.portal.kernel.util.ResourceBundleUtil;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Shows PeerVoice's notifications in Liferay's notification center: the text of each type in the viewer's language, and
 * a link to the suggestion (or the review queue, or a town hall) on the site's page that holds its widget. Liferay finds the handler of an event by the
 * event's portlet, so this one handler interprets every PeerVoice type (LiferayNotifications).
 */
@Component(property = "javax.portlet.name=" + LiferayNotifications.PORTLET_ID, service = UserNotificationHandler.class)
public class SuggestionNotificationHandler extends BaseUserNotificationHandler {

	private final GroupLocalService groups;

	@Activate
	public SuggestionNotificationHandler(@Reference GroupLocalService groups) {
		this.groups = groups;
		setPortletId(LiferayNotifications.PORTLET_ID);
	}

	@Override
	@SuppressWarnings("unchecked")
	protected String getBody(UserNotificationEvent event, ServiceContext serviceContext) throws Exception {
		Map<String, Object> payload = JSONFactoryUtil.looseDeserialize(event.getPayload(), Map.class);
		ResourceBundle texts = ResourceBundleUtil.getBundle(locale(serviceContext), SuggestionNotificationHandler.class);
		StringBuilder body = new StringBuilder();
		for (LiferayNotifications.Text line : LiferayNotifications.lines(payload)) {
			if (body.length() > 0) {
				body.append("<br>");
			}
			Object[] arguments = line.arguments.clone();
			for (int i = 0; i < arguments.length; i++) {
				if (arguments[i] instanceof LiferayNotifications.Text) {
					// a code's own text, e.g. the reason a town-hall question was dismissed
					arguments[i] = LanguageUtil.get(texts, ((LiferayNotifications.Text) arguments[i]).key);
				}
			}
			body.append(HtmlUtil.escape(LanguageUtil.format(texts, line.key, arguments)));
		}
		return body.toString();
	}

	@Override
	@SuppressWarnings("unchecked")
	protected String getLink(UserNotificationEvent event, ServiceContext serviceContext) throws Exception {
		Map<String, Object> payload = JSONFactoryUtil.looseDeserialize(event.getPayload(), Map.class);
		Group site = groups.fetchGroup(((Number) payload.get(LiferayNotifications.SITE)).longValue());
		ThemeDisplay themeDisplay = serviceContext.getThemeDisplay();
		if (site == null || themeDisplay == null) {
			return "";
		}
		return page(payload, site, themeDisplay, PortalUtil.getPortal(), LayoutLocalServiceUtil.getService()) + LiferayNotifications.fragment(payload);
	}

	/**
	 * The page a notification's link opens: the site's page that holds the widget the link's fragment belongs to
	 * ({@link LiferayNotifications#widget}, found as the portlets find each other's pages: {@code getPlidFromPortletId},
	 * public pages first), else the site's home page.
	 */
	static String page(Map<String, Object> payload, Group site, ThemeDisplay themeDisplay, Portal portal, LayoutLocalService layouts)
		throws PortalException {
		String widget = LiferayNotifications.widget(payload);
		if (widget != null) {
			long plid = portal.getPlidFromPortletId(site.getGroupId(), widget);
			Layout layout = plid == LayoutConstants.DEFAULT_PLID ? null : layouts.fetchLayout(plid);
			if (layout != null) {
				return portal.getLayoutFullURL(layout, themeDisplay);
			}
		}
		return site.getDisplayURL(themeDisplay);
	}

	private static Locale locale(ServiceContext serviceContext) {
		return serviceContext.getLocale() == null ? Locale.ENGLISH : serviceContext.getLocale();
	}

}
