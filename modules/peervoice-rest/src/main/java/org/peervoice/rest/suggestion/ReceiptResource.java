package org.peervoice.rest.suggestion;

import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.peervoice.core.suggestion.ReceiptView;
import org.peervoice.core.suggestion.SuggestionReceipts;
import org.peervoice.core.suggestion.SuggestionThreads;
import org.peervoice.core.suggestion.SuggestionView;
import org.peervoice.core.suggestion.ThreadMessageView;
import org.peervoice.rest.IdentityResolver;

/**
 * Anonymous writers follow up with their receipt. Receipts come only in request bodies, so they
 * never reach an access log; these endpoints are all POSTs for that reason. Guests are refused,
 * and look-ups rate-limited, before any receipt is read (see {@code AnonymousWriting}).
 */
@Path("/v1.0/receipts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class ReceiptResource {

	private final SuggestionReceipts receipts;
	private final SuggestionThreads threads;
	private final IdentityResolver identities;

	public ReceiptResource(SuggestionReceipts receipts, SuggestionThreads threads, IdentityResolver identities) {
		this.receipts = receipts;
		this.threads = threads;
		this.identities = identities;
	}

	@POST
	@Path("/lookup")
	public ReceiptView lookUp(@Context HttpServletRequest request, ReceiptRequest body) {
		return receipts.lookUpReceipt(identities.resolve(request), receiptOf(body));
	}

	@POST
	@Path("/messages")
	public Response reply(@Context HttpServletRequest request, ReceiptMessageRequest body) {
		ThreadMessageView message = threads.replyWithReceipt(identities.resolve(request), body == null ? null : body.getReceipt(),
			body == null ? null : body.getMessage(), body != null && body.isConfirmPrivacyWarnings());
		return Response.status(Response.Status.CREATED).entity(message).build();
	}

	@POST
	@Path("/withdraw")
	public SuggestionView withdraw(@Context HttpServletRequest request, ReceiptRequest body) {
		return receipts.withdrawWithReceipt(identities.resolve(request), receiptOf(body));
	}

	// A missing body is left to the service, which refuses a guest (401) before it looks at any receipt.
	private static String receiptOf(ReceiptRequest body) {
		return body == null ? null : body.getReceipt();
	}

}
