#!/usr/bin/env Rscript
# Inertia from R: a population run read with read.csv, drawn with base graphics.
#
# Runs `inertia run SCENARIO --subjects 1000` with the population CSV (median and 5th-95th
# percentile per day) and the per-subject CSV (every subject's value on every day), then draws the
# band, the median and a few individual subjects, and prints when the median is lowest.
#
# usage: Rscript examples/r/recovery_band.R [SCENARIO.yaml] [OUT.png]
# needs: R (Debian's r-base-core); no packages beyond base R.
# Run from the repository's root, or set INERTIA to the command (e.g. "java -jar cli/target/inertia.jar").

args <- commandArgs(trailingOnly = TRUE)
scenario <- if (length(args) >= 1) args[1] else "scenarios/bed-rest-7d-then-walking.yaml"
out <- if (length(args) >= 2) args[2] else "recovery_band.png"
measure <- "strength.knee_extensors"
command <- Sys.getenv("INERTIA", "./inertia")

band_csv <- tempfile(fileext = ".csv")
subjects_csv <- tempfile(fileext = ".csv")
status <- system(paste(command, "run", shQuote(scenario), "--subjects 1000 --seed 1 -q --measure", measure,
                       "--csv", shQuote(band_csv), "--subjects-csv", shQuote(subjects_csv)),
                 ignore.stdout = TRUE)
if (status != 0) stop("inertia failed with exit code ", status)

# check.names = FALSE keeps the column names as written; these are all plain names anyway.
band <- read.csv(band_csv, check.names = FALSE)        # scenario,day,measure,value,lower,upper
people <- read.csv(subjects_csv, check.names = FALSE)  # scenario,subject,day,measure,value
band <- band[band$measure == measure, ]
people <- people[people$measure == measure, ]

png(out, width = 800, height = 450)
plot(band$day, band$value, type = "n", ylim = range(c(band$lower, band$upper, 100)),
     xlab = "Day", ylab = "Knee-extensor strength, % of baseline", main = band$scenario[1])
polygon(c(band$day, rev(band$day)), c(band$lower, rev(band$upper)), col = rgb(0.12, 0.47, 0.71, 0.2), border = NA)
for (s in 1:5) {
  one <- people[people$subject == s, ]
  lines(one$day, one$value, col = "grey50")
}
lines(band$day, band$value, col = rgb(0.12, 0.47, 0.71), lwd = 2)
abline(h = 100, lty = 2)
legend("bottomright", c("median", "5th-95th percentile of 1,000 subjects", "single subjects"),
       col = c(rgb(0.12, 0.47, 0.71), rgb(0.12, 0.47, 0.71, 0.2), "grey50"), lwd = c(2, 8, 1), bty = "n")
invisible(dev.off())

lowest <- band[which.min(band$value), ]
cat(sprintf("%s: median lowest %.1f %% on day %d\n", band$scenario[1], lowest$value, lowest$day))
cat(sprintf("wrote %s\n", out))
unlink(c(band_csv, subjects_csv))
