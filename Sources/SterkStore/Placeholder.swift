// SterkStore: werkbezoek persistence, work in progress.
