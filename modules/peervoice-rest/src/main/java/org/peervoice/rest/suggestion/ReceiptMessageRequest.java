package org.peervoice.rest.suggestion;

/** The body of {@code POST /receipts/messages}: the writer answers through the receipt. */
public final class ReceiptMessageRequest {

	private String receipt;
	private String message;
	private boolean confirmPrivacyWarnings;

	ReceiptMessageRequest() {
	}

	public String getReceipt() {
		return receipt;
	}

	public String getMessage() {
		return message;
	}

	/** Post even though the privacy screen found something (the caller has seen the warnings). */
	public boolean isConfirmPrivacyWarnings() {
		return confirmPrivacyWarnings;
	}

	@Override
	public String toString() {
		return "ReceiptMessageRequest[receipt hidden]";
	}

}
