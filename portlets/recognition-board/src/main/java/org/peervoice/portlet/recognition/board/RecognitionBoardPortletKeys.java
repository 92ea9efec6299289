package org.peervoice.portlet.recognition.board;

public final class RecognitionBoardPortletKeys {

	public static final String RECOGNITION_BOARD = "org_peervoice_portlet_recognition_board_RecognitionBoardPortlet";

	/** The bundle's Web-ContextPath; Liferay serves its META-INF/resources under /o plus this. */
	public static final String WEB_CONTEXT_PATH = "/peer-voice-recognition-board";

	private RecognitionBoardPortletKeys() {
	}

}
