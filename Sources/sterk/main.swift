print("sterk")
