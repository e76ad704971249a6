package org.frontwatch.app.server;

import org.frontwatch.model.FrontwatchException;

/** A request named something the register does not have, or that public mode does not show. */
public class NotFoundException extends FrontwatchException {
    public NotFoundException(String message) {
        super(message);
    }
}
