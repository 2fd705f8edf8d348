package gov.disclosure.gateway.auth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;

/**
 * The issuer's RSA key: generated on first start and kept as a JWK file (mode 600) so tokens survive restarts.
 */
public class SigningKeyStore {

    private static final Logger log = LoggerFactory.getLogger(SigningKeyStore.class);

    private final RSAKey key;

    public SigningKeyStore(Path dataDir) {
        this.key = loadOrCreate(dataDir.resolve("signing-key.json"));
    }

    public RSAKey signingKey() {
        return key;
    }

    /** Public part only: this is what /auth/jwks serves. */
    public JWKSet publicJwkSet() {
        return new JWKSet(key.toPublicJWK());
    }

    private static RSAKey loadOrCreate(Path file) {
        try {
            if (Files.exists(file)) {
                RSAKey existing = RSAKey.parse(Files.readString(file, StandardCharsets.UTF_8));
                if (!existing.isPrivate()) {
                    throw new IllegalStateException(file + " holds no private key");
                }
                log.info("Loaded signing key {} from {}", existing.getKeyID(), file);
                return existing;
            }
            RSAKey created = new RSAKeyGenerator(2048)
                    .keyID(UUID.randomUUID().toString())
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256)
                    .generate();
            write(file, created.toJSONString());
            log.info("Generated signing key {} at {}", created.getKeyID(), file);
            return created;
        } catch (IOException e) {
            throw new UncheckedIOException("signing key " + file, e);
        } catch (ParseException | JOSEException e) {
            throw new IllegalStateException("signing key " + file, e);
        }
    }

    // Written to a temp file created with 600 and moved into place, so the key is never readable by others.
    private static void write(Path file, String json) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        Path tmp = posix
                ? Files.createTempFile(dir, "signing-key", ".tmp",
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                : Files.createTempFile(dir, "signing-key", ".tmp");
        Files.writeString(tmp, json, StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
    }
}
