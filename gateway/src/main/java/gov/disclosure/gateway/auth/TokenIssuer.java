package gov.disclosure.gateway.auth;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import gov.disclosure.gateway.platform.SecurityProperties;

/** Mints RS256 access tokens with the claims every service expects (see docs/conventions.md, Identity). */
public class TokenIssuer {

    private final SigningKeyStore keys;
    private final SecurityProperties security;
    private final DevIssuerProperties config;
    private final Clock clock;

    public TokenIssuer(SigningKeyStore keys, SecurityProperties security, DevIssuerProperties config, Clock clock) {
        this.keys = keys;
        this.security = security;
        this.config = config;
        this.clock = clock;
    }

    public IssuedToken issue(String username, List<String> roles, String agency) {
        Instant now = clock.instant();
        Instant expires = now.plus(config.tokenTtl());
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .subject(username)
                .issuer(security.issuer())
                .audience(security.audience())
                .issueTime(Date.from(now))
                .notBeforeTime(Date.from(now))
                .expirationTime(Date.from(expires))
                .jwtID(UUID.randomUUID().toString())
                .claim("roles", roles);
        if (agency != null && !agency.isBlank()) {
            claims.claim("agency", agency);
        }
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256)
                .keyID(keys.signingKey().getKeyID())
                .type(JOSEObjectType.JWT)
                .build();
        SignedJWT jwt = new SignedJWT(header, claims.build());
        try {
            jwt.sign(new RSASSASigner(keys.signingKey()));
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign token", e);
        }
        return new IssuedToken(jwt.serialize(), config.tokenTtl().toSeconds());
    }

    public record IssuedToken(String value, long expiresInSeconds) {
    }
}
