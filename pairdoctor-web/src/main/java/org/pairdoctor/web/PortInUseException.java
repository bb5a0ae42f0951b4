package org.pairdoctor.web;

import org.pairdoctor.core.Failure;
import org.pairdoctor.core.PairdoctorException;

/** The server cannot listen because another program already uses the address and port. */
public class PortInUseException extends PairdoctorException {
    public PortInUseException(String bind, int port) {
        super(Failure.CONFLICT, "cannot serve on " + bind + ":" + port + ": the port is already in use (stop the other program or "
                + "choose another port with --port)");
    }
}
