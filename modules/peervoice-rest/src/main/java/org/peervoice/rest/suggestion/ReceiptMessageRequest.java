package org.peervoice.rest.suggestion;

/** The body of {@code POST /receipts/messages}: the writer answers through the receipt. */
public final class ReceiptMessageRequest {

	private String receipt;
	private String message;

	ReceiptMessageRequest() {
	}

	public String getReceipt() {
		return receipt;
	}

	public String getMessage() {
		return message;
	}

	@Override
	public String toString() {
		return "ReceiptMessageRequest[receipt hidden]";
	}

}
