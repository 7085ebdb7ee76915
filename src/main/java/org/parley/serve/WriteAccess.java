package org.parley.serve;

import java.util.Objects;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.Operation;

/**
 * The authenticated write endpoint, {@code POST /parley/ingest}: uploads go to {@code intake}, and only the users of
 * {@code passwords} may send them (HTTP Basic authentication against hashed passwords).
 *
 * @param intake    what stores the uploaded articles
 * @param passwords the users allowed to write; at least one
 */
public record WriteAccess(ArticleIntake intake, PasswordFile passwords) {

    /** The endpoint's name under the dataset. */
    public static final String ENDPOINT = "ingest";
    private static final Operation INGEST = Operation.alloc("urn:parley:operation:ingest", "parley-ingest",
            "Parley article ingest");

    public WriteAccess {
        Objects.requireNonNull(intake, "intake");
        Objects.requireNonNull(passwords, "passwords");
        if (passwords.users().isEmpty()) {
            throw new IllegalArgumentException("the password file names no user: add one with 'parley password'");
        }
    }

    /** Adds the endpoint, its users and their login to a server being built. */
    void register(FusekiServer.Builder builder, String dataset) {
        builder.registerOperation(INGEST, new IngestAction(intake))
                .addEndpoint(dataset, ENDPOINT, INGEST, Auth.policyAllowSpecific(passwords.users()))
                .securityHandler(WriterLogin.securityHandler(passwords));
    }
}
