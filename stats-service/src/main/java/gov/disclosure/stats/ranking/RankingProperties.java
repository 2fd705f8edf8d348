package gov.disclosure.stats.ranking;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.HashMap;
import java.util.Map;

/**
 * The scoring model of the city's quantified assessment (全市排位), all in configuration ({@code stats.ranking.*}):
 * <pre>
 * score = responseTimeliness × onTimeResponseRate×100
 *       + proactiveTimeliness × shareOfPublicationsWithin20WorkingDays×100
 *       + volume × min(1, publicationsThisYear / agencySize / volumeTarget)×100
 *       − overduePenalty × overdueRequests − revocationPenalty × revocations − appealLostPenalty × appealsLost
 * </pre>
 * A rate with nothing to measure counts as 1 (no requests answered late when none were received).
 */
@ConfigurationProperties("stats.ranking")
public class RankingProperties {
    private double responseTimeliness = 0.4;
    private double proactiveTimeliness = 0.3;
    private double volume = 0.3;
    private double volumeTarget = 20;
    private double overduePenalty = 2;
    private double revocationPenalty = 1;
    private double appealLostPenalty = 5;
    /** Staff (or any size measure) per agency code; volume is divided by it. Missing agencies count as 1. */
    private Map<String, Double> agencySize = new HashMap<>();

    public double getResponseTimeliness() { return responseTimeliness; }
    public void setResponseTimeliness(double v) { responseTimeliness = v; }
    public double getProactiveTimeliness() { return proactiveTimeliness; }
    public void setProactiveTimeliness(double v) { proactiveTimeliness = v; }
    public double getVolume() { return volume; }
    public void setVolume(double v) { volume = v; }
    public double getVolumeTarget() { return volumeTarget; }
    public void setVolumeTarget(double v) { volumeTarget = v; }
    public double getOverduePenalty() { return overduePenalty; }
    public void setOverduePenalty(double v) { overduePenalty = v; }
    public double getRevocationPenalty() { return revocationPenalty; }
    public void setRevocationPenalty(double v) { revocationPenalty = v; }
    public double getAppealLostPenalty() { return appealLostPenalty; }
    public void setAppealLostPenalty(double v) { appealLostPenalty = v; }
    public Map<String, Double> getAgencySize() { return agencySize; }
    public void setAgencySize(Map<String, Double> v) { agencySize = v; }
}
