package org.peervoice.rest.notification;

import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;

import org.peervoice.core.kernel.InvalidInput;
import org.peervoice.core.notification.NotificationInbox;
import org.peervoice.core.notification.NotificationView;
import org.peervoice.rest.IdentityResolver;
import org.peervoice.rest.PageBody;
import org.peervoice.rest.QueryParameters;

/** The caller's notifications, newest first, their unread count, marking them read, and the caller's preferences. */
@Path("/v1.0")
@Produces(MediaType.APPLICATION_JSON)
public final class NotificationResource {

	private final NotificationInbox inbox;
	private final IdentityResolver identities;

	public NotificationResource(NotificationInbox inbox, IdentityResolver identities) {
		this.inbox = inbox;
		this.identities = identities;
	}

	@GET
	@Path("/notifications")
	public PageBody<NotificationView> mine(@Context HttpServletRequest request, @QueryParam("page") String page,
			@QueryParam("pageSize") String pageSize) {
		return PageBody.of(inbox.mine(identities.resolve(request), QueryParameters.pageRequest(page, pageSize)));
	}

	@GET
	@Path("/notifications/unread-count")
	public UnreadCountBody unreadCount(@Context HttpServletRequest request) {
		return new UnreadCountBody(inbox.unreadCount(identities.resolve(request)));
	}

	@POST
	@Path("/notifications/read")
	@Consumes(MediaType.APPLICATION_JSON)
	public UnreadCountBody markRead(@Context HttpServletRequest request, MarkReadRequest body) {
		return new UnreadCountBody(inbox.markRead(identities.resolve(request), required(body).getIds()));
	}

	@GET
	@Path("/notification-preferences")
	public PreferencesBody preferences(@Context HttpServletRequest request) {
		return new PreferencesBody(inbox.preferences(identities.resolve(request)));
	}

	@PUT
	@Path("/notification-preferences")
	@Consumes(MediaType.APPLICATION_JSON)
	public PreferencesBody updatePreferences(@Context HttpServletRequest request, PreferencesBody body) {
		return new PreferencesBody(inbox.updatePreferences(identities.resolve(request), required(body).choices()));
	}

	private static <T> T required(T body) {
		if (body == null) {
			throw new InvalidInput("A request body is required.");
		}
		return body;
	}

}
