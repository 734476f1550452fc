print("krat")
