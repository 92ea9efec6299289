package org.peervoice.rest.suggestion;

/** A receipt, as the body of {@code POST /receipts/lookup} and {@code /receipts/withdraw}. */
public final class ReceiptRequest {

	private String receipt;

	ReceiptRequest() {
	}

	public String getReceipt() {
		return receipt;
	}

	@Override
	public String toString() {
		return "ReceiptRequest[receipt hidden]";
	}

}
