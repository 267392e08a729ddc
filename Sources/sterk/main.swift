import SterkCommands

SterkCommand.main()
