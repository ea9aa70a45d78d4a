package org.vwb.embedinit.report;

/// A 2-D PCA projection: the first two principal axes of a seeded sample of old rows (centred on the
/// sample mean), with the sample and every new row projected onto them.
///
/// @param sampleIds  the old row ids in the sample, ascending
/// @param oldX       first coordinate of each sampled old row
/// @param oldY       second coordinate of each sampled old row
/// @param newX       first coordinate of each new row
/// @param newY       second coordinate of each new row
/// @param explained  share of the sample's total variance along each of the two axes
public record Projection(int[] sampleIds, double[] oldX, double[] oldY, double[] newX, double[] newY,
                         double[] explained) {}
