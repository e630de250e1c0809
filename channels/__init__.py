"""Custom Rasa input channels for WhatsApp (via Twilio) and Telegram.

Referenced by class path in a credentials file, e.g. `channels.twilio_whatsapp.WhatsAppInput`.
"""
