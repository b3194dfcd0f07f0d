# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'task_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QPlainTextEdit, QSizePolicy, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_TaskDialog(object):
    def setupUi(self, TaskDialog):
        if not TaskDialog.objectName():
            TaskDialog.setObjectName(u"TaskDialog")
        TaskDialog.setMinimumSize(QSize(460, 0))
        self.main_layout = QVBoxLayout(TaskDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.title_label = QLabel(TaskDialog)
        self.title_label.setObjectName(u"title_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.title_label)

        self.title = QLineEdit(TaskDialog)
        self.title.setObjectName(u"title")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.title)

        self.why_label = QLabel(TaskDialog)
        self.why_label.setObjectName(u"why_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.why_label)

        self.why = QPlainTextEdit(TaskDialog)
        self.why.setObjectName(u"why")
        self.why.setMinimumSize(QSize(0, 70))
        self.why.setMaximumSize(QSize(16777215, 70))

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.why)

        self.week_label = QLabel(TaskDialog)
        self.week_label.setObjectName(u"week_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.week_label)

        self.week = QSpinBox(TaskDialog)
        self.week.setObjectName(u"week")
        self.week.setMinimum(1)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.week)

        self.role_label = QLabel(TaskDialog)
        self.role_label.setObjectName(u"role_label")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.role_label)

        self.role = QComboBox(TaskDialog)
        self.role.setObjectName(u"role")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.role)

        self.kind_label = QLabel(TaskDialog)
        self.kind_label.setObjectName(u"kind_label")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.kind_label)

        self.kind = QComboBox(TaskDialog)
        self.kind.setObjectName(u"kind")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.kind)

        self.status_label = QLabel(TaskDialog)
        self.status_label.setObjectName(u"status_label")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.status_label)

        self.status = QComboBox(TaskDialog)
        self.status.setObjectName(u"status")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.status)

        self.member_label = QLabel(TaskDialog)
        self.member_label.setObjectName(u"member_label")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.member_label)

        self.member = QComboBox(TaskDialog)
        self.member.setObjectName(u"member")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.member)


        self.main_layout.addLayout(self.form)

        self.error = QLabel(TaskDialog)
        self.error.setObjectName(u"error")
        self.error.setWordWrap(True)
        self.error.setProperty(u"tone", u"error")

        self.main_layout.addWidget(self.error)

        self.buttons = QDialogButtonBox(TaskDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.main_layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.title_label.setBuddy(self.title)
        self.why_label.setBuddy(self.why)
        self.week_label.setBuddy(self.week)
        self.role_label.setBuddy(self.role)
        self.kind_label.setBuddy(self.kind)
        self.status_label.setBuddy(self.status)
        self.member_label.setBuddy(self.member)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.title, self.why)
        QWidget.setTabOrder(self.why, self.week)
        QWidget.setTabOrder(self.week, self.role)
        QWidget.setTabOrder(self.role, self.kind)
        QWidget.setTabOrder(self.kind, self.status)
        QWidget.setTabOrder(self.status, self.member)

        self.retranslateUi(TaskDialog)
        self.buttons.accepted.connect(TaskDialog.accept)
        self.buttons.rejected.connect(TaskDialog.reject)

        QMetaObject.connectSlotsByName(TaskDialog)
    # setupUi

    def retranslateUi(self, TaskDialog):
        TaskDialog.setWindowTitle(QCoreApplication.translate("TaskDialog", u"Taak toevoegen", None))
        self.title_label.setText(QCoreApplication.translate("TaskDialog", u"Taak", None))
        self.why_label.setText(QCoreApplication.translate("TaskDialog", u"Waarom", None))
        self.why.setPlaceholderText(QCoreApplication.translate("TaskDialog", u"Waarom deze stap ertoe doet", None))
        self.week_label.setText(QCoreApplication.translate("TaskDialog", u"Week", None))
        self.role_label.setText(QCoreApplication.translate("TaskDialog", u"Rol", None))
        self.kind_label.setText(QCoreApplication.translate("TaskDialog", u"Soort", None))
        self.status_label.setText(QCoreApplication.translate("TaskDialog", u"Status", None))
        self.member_label.setText(QCoreApplication.translate("TaskDialog", u"Wie doet het", None))
    # retranslateUi

