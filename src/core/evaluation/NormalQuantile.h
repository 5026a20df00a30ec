#pragma once

namespace tw::evaluation {

/** The standard normal quantile z_p (inverse CDF), 0 < p < 1; Acklam's rational approximation, |error| < 1.2e-9. */
double normalQuantile(double p);

} // namespace tw::evaluation
