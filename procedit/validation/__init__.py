"""procedit.validation"""
